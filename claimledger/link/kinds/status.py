"""``status``: a status said to be still ahead (or a pre-arrival state such as "en route") at a
time by which another report says a status at least as far along was already reached."""
from __future__ import annotations

from claimledger.lexicon import lexicon
from claimledger.link.bucket import SubjectBucket
from claimledger.link.conflicts import Claimed, Trigger
from claimledger.link.events import DATE_KIND_REPORTED_BY
from claimledger.link.kinds.common import claim_pairs, dated


def find(bucket: SubjectBucket) -> list[Trigger]:
    transit, ranks = lexicon().status_rank["IN_TRANSIT"], lexicon().status_rank
    out = []

    def may_be_early(claim) -> bool:   # still ahead, or a pre-arrival state
        return claim.status in ranks and (
            claim.kind == "pending" or (claim.kind == "reached" and claim.status in lexicon().pre_states))

    def may_be_later(claim) -> bool:
        return claim.status in ranks and claim.kind != "pending"

    for early, later in claim_pairs(bucket, may_be_early, may_be_later):
        early_rank, later_rank = lexicon().status_rank.get(early.status), lexicon().status_rank.get(later.status)
        if later.kind == "pending" or early_rank is None or later_rank is None or early.another_unit:
            continue   # "more launchers will arrive" says nothing against those already there
        early_time, later_time = bucket.time(early), bucket.time(later)
        if early.kind == "pending":
            ahead = later_rank >= early_rank
        elif early.kind == "reached" and early.status in lexicon().pre_states:
            ahead = later_rank > early_rank and later_rank >= transit
            if early.status == "REQUESTED" and early_time.kind == DATE_KIND_REPORTED_BY:
                continue   # a request reported undated may lie anywhere before the report
        else:
            continue
        holding = early_time.range.start or (early_time.range.end if early_time.kind == DATE_KIND_REPORTED_BY else None)
        reached = later_time.range.end
        if not ahead or holding is None or reached is None or reached > holding:
            continue
        what = f"{early.status} still ahead" if early.kind == "pending" else early.status
        note = (f"{bucket.subject}: {what} as of {holding.isoformat()}, but {later.status} "
                f"{'presupposed' if later.kind == 'presupposed' else 'reached'} by {reached.isoformat()}")
        out.append(Trigger("status", bucket.subject, bucket.position(early), bucket.position(later),
                           Claimed(early.doc_id, early.span), Claimed(later.doc_id, later.span), note,
                           dated(early_time) + dated(later_time)))
    return out
