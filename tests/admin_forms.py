"""What a browser would send back from an admin change form, so tests submit real forms."""

from html.parser import HTMLParser


class _FormParser(HTMLParser):
    """Collects the successful controls of the page's ``<form id="…_form">``."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.data = {}
        self.in_form = False
        self.textarea = None
        self.select = None
        self.multiple = False
        self.first_option = None

    def add(self, name, value):
        self.data.setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("id", "").endswith("_form"):
            self.in_form = True
        if not self.in_form or "disabled" in attrs:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in ("checkbox", "radio"):
                if "checked" in attrs:
                    self.add(name, attrs.get("value", "on"))
            elif kind not in ("submit", "button", "file", "image", "reset"):
                self.add(name, attrs.get("value", ""))
        elif tag == "textarea" and name:
            self.textarea = [name, ""]
        elif tag == "select" and name:
            self.select = name
            self.multiple = "multiple" in attrs
            self.first_option = None
            self.data.setdefault(name, [])
        elif tag == "option" and self.select:
            value = attrs.get("value", "")
            if self.first_option is None:
                self.first_option = value
            if "selected" in attrs:
                self.add(self.select, value)

    def handle_data(self, data):
        if self.textarea:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.in_form = False
        elif tag == "textarea" and self.textarea:
            name, value = self.textarea
            # Browsers drop the line break that follows <textarea>.
            self.add(name, value[1:] if value.startswith("\n") else value)
            self.textarea = None
        elif tag == "select" and self.select:
            # A single choice with none selected sends its first option.
            if not self.multiple and not self.data[self.select] and self.first_option is not None:
                self.add(self.select, self.first_option)
            self.select = None


def form_data(response):
    """The POST data of the admin form in ``response``, as a browser would send it unchanged."""
    parser = _FormParser()
    parser.feed(response.content.decode())
    return {
        name: values if len(values) > 1 else values[0]
        for name, values in parser.data.items()
        if values
    }
