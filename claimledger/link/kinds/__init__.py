"""Contradiction kinds, registered in one table: name -> function from a subject bucket to
triggers. To add a kind, write a module here with ``find(bucket)`` and add one row."""
from __future__ import annotations

from claimledger.link.kinds import agent, attribution, date, incident, number, range_class, role, status

# kind -> (finder over a subject bucket, one-line description shown in help and docs)
KINDS = {
    "status": (status.find, "a status said to be still ahead (or en route) when another report has a later one reached, "
                            "or given by one report and denied by another of the same story"),
    "date": (date.find, "a status said to begin after the day another report has it (or a later one) holding"),
    "number": (number.find, "numbers of one subject, unit and measure whose intervals do not meet"),
    "class": (range_class.find, "different range classes given to one subject"),
    "agent": (agent.find, "one loss of a subject said to be the work of different sides by reports of the same days"),
}
# attribution is over quotations, not subject buckets
QUOTE_KINDS = {
    "attribution": (attribution.find, "the same or nearly the same quoted words given to different speakers"),
}
# role is over a person's mentions (a name bucket)
PERSON_KINDS = {
    "role": (role.find, "one person given two offices that do not fit by reports of the same weeks"),
}
# incident is over the strikes at one place (a place bucket)
PLACE_KINDS = {
    "incident": (incident.find, "one strike or interception (one place, one time) given to different firing sides, "
                                "weapons or launch platforms"),
}
ALL_KINDS = {**KINDS, **QUOTE_KINDS, **PERSON_KINDS, **PLACE_KINDS}
