"""Two versions of a text, the words the second removed and added marked (the history)."""

import difflib
import re

from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

# Words, the spaces between them and each punctuation mark: joined again, the text.
_TOKENS = re.compile(r"(\s+|[^\w\s])")


def _tokens(text):
    return [token for token in _TOKENS.split(text) if token]


def word_diff(old, new):
    """HTML of `new` against `old`: removed words in <del>, added ones in <ins>."""
    before, after = _tokens(old), _tokens(new)
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    parts = []
    for operation, start1, end1, start2, end2 in matcher.get_opcodes():
        removed, added = "".join(before[start1:end1]), "".join(after[start2:end2])
        if operation == "equal":
            parts.append(escape(added))
            continue
        if removed:
            parts.append(format_html("<del>{}</del>", removed))
        if added:
            parts.append(format_html("<ins>{}</ins>", added))
    # The markup of reversion-compare's own diffs, which its stylesheet colours.
    return mark_safe(f'<pre class="highlight">{"".join(parts)}</pre>')
