"""What the twenty-second held-out batch of self-evaluations (tests/fixtures/heldout-selfeval-22)
showed the readers lacked: an actual followed by its ratio to the target in brackets, a
percentage after a percentage (`92.6%（完成率102.9%）` against `≥90%`), where the ratio is no
second answer."""

import pytest

from tests.test_attainment import _met

# A target, an actual and whether it is met: the ratio left out beside a figure in the target's
# measure, kept where it answers the target.
RATIOS_AFTER_ACTUALS = [
    # Before, each was null: two percentages answered a target of one.
    ("≥90%", "92.6%（完成率102.9%）", True),
    ("≥90%", "88.2%（完成率98.0%）", False),
    ("100%", "100%（完成率100%）", True),
    # An actual that opens with the rate is that rate, not a remark on another figure.
    ("≥97%", "完成率96%，完成比例98%", False),
    # Already so: the rate is what the target asks (the count is of another measure), the ratio
    # of another measure than the count before it, or opening with the target's word.
    ("100%", "完成12个，完成率100%", True),
    ("≥1800批次", "1926批次（完成率107.0%）", True),
    ("≥95%", "96%，目标完成率101.1%", True),
]


@pytest.mark.parametrize(("target", "actual", "met"), RATIOS_AFTER_ACTUALS)
def test_a_ratio_to_the_target_after_the_figure_is_no_second_answer(target, actual, met):
    assert _met(target, actual).met is met
