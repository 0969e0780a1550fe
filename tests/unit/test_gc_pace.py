"""The sync's walk collects garbage less often, and gives the thresholds back."""

from __future__ import annotations

import gc

from genuka_desk.sync.gc_pace import WALK_THRESHOLD, fewer_collections


def test_the_threshold_is_raised_for_the_walk_and_put_back_after_nested_blocks_and_errors() -> None:
    before = gc.get_threshold()
    with fewer_collections():
        assert gc.get_threshold() == (max(WALK_THRESHOLD, before[0]), before[1], before[2])
        with fewer_collections(10):  # a second walk inside: the first one's setting stays
            assert gc.get_threshold()[0] == max(WALK_THRESHOLD, before[0])
        assert gc.get_threshold()[0] == max(WALK_THRESHOLD, before[0])
    assert gc.get_threshold() == before
    try:
        with fewer_collections():
            raise RuntimeError("a page failed")
    except RuntimeError:
        pass
    assert gc.get_threshold() == before
