"""Text without the characters XML 1.0 cannot hold, for the admin's forms and the XML answers.

Pasted text brings control characters along (Word writes its manual line break as a vertical
tab): one of them in an XML answer makes it fail for every visitor.
"""

import re

# The complement of XML 1.0's Char production: C0 controls but tab, line feed and carriage
# return; the surrogates (a lone one in a Python string); U+FFFE and U+FFFF.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# Word's manual line break (vertical tab) and page break (form feed).
_BREAKS = re.compile("[\x0b\x0c]")


def xml_text(text, line_break="\n"):
    """`text` with Word's breaks as `line_break` and every other character XML forbids left out."""
    if not text:
        return text
    return _NOT_XML.sub("", _BREAKS.sub(line_break, text))
