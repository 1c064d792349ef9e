"""What comes before the news in a sentence: a label, and the background the news is set against.

A sub-editor's line starts where the news does. Before it a sentence may carry a label ("The bet: If
Pratt's team won ...", "Featured: U.S. announces ..."), or a clause that is only the background of
the one after it, which opens on the present's time: "A decade ago al Qaeda would meet potential
recruits face to face; now ISIS engages ...", "The Vatican is accustomed to visitors, but Thursday a
special group got a look inside". A sentence that opens on "Now" sets itself against the one before
("Now, the bones are to be reburied"): it is the news, and the "Now" goes from its line. A sentence
that opens on the time of an anecdote ("At first Raymond Goldstein thought ...", "A year ago, when Dr.
Hugonnet was dispatched ...", "At one minute to three, Tony Mowbray walked ...", "Back in 2010") or of a
habit ("Every year, animal handlers travel ...") tells a feature's scene or its background, not the news.
"""

from __future__ import annotations

import re

__all__ = ["DAYS", "OPENS_ON_NOW", "OPENS_ON_A_SCENE", "strip_background", "strip_label"]

#: The days of the week, as a pattern.
DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# One to three words before a colon that open the sentence.
_LABEL = re.compile(r"^(?:(?:the|a|an)\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}\s*:\s+(?=\S+\s+\S)", re.IGNORECASE)
# A clause, then ";" or ", but" and the present's time ("now", "today", a weekday, "this week").
_CONTRAST = re.compile(
    rf"^.{{12,}}?(?:;\s+(?:but\s+)?|,\s+but\s+)(?:now|today|tonight|yesterday|these\s+days|"
    rf"(?:this|last)\s+(?:week|weekend|month|year|morning|night)|(?:on\s+)?{DAYS})\b(?!['’]),?\s+(?=\S+\s+\S)"
)
#: "Now" set against what the sentence before told ("Now, ...", "Now 24, ...", "Now in her 90s, ...",
#: "Now the bones ..."; not "Now that ...").
OPENS_ON_NOW = re.compile(r"^Now\b(?!\s+that\b)(?:\s+[a-z0-9][^,A-Z]{0,20},|,)?\s+(?=\S+\s+\S)")

#: The time of an anecdote opening a sentence: "At first", "At first glance", "At the time", "At one
#: point", "At one minute to three", "A year ago, when ...", "Back in", "Once upon a time", "Long
#: before", a year or a decade ("In 1984 Margaret Thatcher met ...", "In the 1950s it was cancer": a
#: feature's anecdote; news tells its time after its verb), though not a year's plan nor a report dated
#: by its day ("In 2012, Britain will host ...", "In 2004, the government spent £3bn ..., a report said
#: on Tuesday"; but "won the World Cup on a sunny Saturday afternoon" is the scene's day); or of a habit:
#: "Every year", "Each week" (not "At least", "At 12, he ...", nor a past told as such: "Six months ago
#: Omar received"); or an example of the news, not the news: "For instance".
OPENS_ON_A_SCENE = re.compile(
    r"^(?:At\s+(?:first|the\s+time|that\s+time|one\s+(?:time|point|stage|minute|moment)|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+ty)\s+minutes?)|"
    r"[\w-]+\s+(?:years?|months?|decades?|weeks?)\s+ago,?\s+(?:when|as|while)|Back\s+in|Once\s+upon|"
    r"In\s+(?:the\s+)?(?:19|20)\d\d(?:s|(?=,?\s+[a-zA-Z]))"
    rf"(?![^.;]*\b(?:will|today|yesterday|(?:on|said|says|announced)\s+{DAYS})\b)|"
    r"Long\s+before|(?:Every|Each)\s+(?:year|week|month|day|night|morning|summer|winter|spring|autumn|"
    r"season|weekend)|For\s+(?:instance|example)|"
    # a past the story measures against, its clause's subject after it (not "The first time buyers' scheme,")
    r"The\s+(?:last|first)\s+time(?=\s+(?:[A-Z\"“‘']|(?:the|a|an|he|she|it|they|we|I|you|his|her|their|"
    r"its|our|my|this|that|these|those)\b)[^,]{0,80},))\b"
)


def strip_label(text: str) -> str:
    """``text`` without a label before a colon at its start ("The bet: If ..." -> "If ...")."""
    return _LABEL.sub("", text, count=1) if ":" in text[:40] else text


def strip_background(text: str) -> str:
    """``text`` from where its news starts: after a clause set against it ("...; now ISIS engages
    ..." -> "ISIS engages ...") or after an opening "Now" ("Now 26, Emwazi has ...")."""
    if text.startswith("Now"):
        return OPENS_ON_NOW.sub("", text, count=1)
    return _CONTRAST.sub("", text, count=1) if ";" in text or " but " in text else text
