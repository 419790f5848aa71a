"""What the twenty-second held-out batch of self-evaluations (tests/fixtures/heldout-selfeval-22)
showed the readers lacked: an actual followed by its ratio to the target in brackets, a
percentage after a percentage (`92.6%（完成率102.9%）` against `≥90%`), where the ratio is no
second answer."""

import pytest

from tests.test_attainment import _met


@pytest.mark.parametrize(
    ("target", "actual", "met"),
    [
        # Before, each was null: two percentages answered a target of one.
        ("≥90%", "92.6%（完成率102.9%）", True),
        ("≥90%", "88.2%（完成率98.0%）", False),
        ("100%", "100%（完成率100%）", True),
        # Already so: the ratio is of another measure than the count before it, or opens with
        # the target's word.
        ("≥95%", "96%，目标完成率101.1%", True),
        ("≥1800批次", "1926批次（完成率107.0%）", True),
    ],
)
def test_a_ratio_to_the_target_after_the_figure_is_no_second_answer(target, actual, met):
    assert _met(target, actual).met is met


@pytest.mark.parametrize(
    ("target", "actual", "met"),
    [
        # The rate is what the target asks for: the count before it is not in its measure.
        ("100%", "完成12个，完成率100%", True),
        # An actual that opens with the rate is that rate, not a remark on another figure.
        ("≥97%", "完成率96%，完成比例98%", False),
    ],
)
def test_a_completion_rate_that_answers_the_target_is_kept(target, actual, met):
    assert _met(target, actual).met is met
