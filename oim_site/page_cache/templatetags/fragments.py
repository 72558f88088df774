from django import template

from oim_site.page_cache.fragments import cached

register = template.Library()


@register.tag
def fragment(parser, token):
    """`{% fragment "name" input… %}…{% endfragment %}`: the enclosed part kept under its
    name and its inputs (oim_site.page_cache.fragments.cached()), which must be all it shows."""
    name, *inputs = (parser.compile_filter(bit) for bit in token.split_contents()[1:])
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(name, inputs, nodelist)


class FragmentNode(template.Node):
    def __init__(self, name, inputs, nodelist):
        self.name, self.inputs, self.nodelist = name, inputs, nodelist

    def render(self, context):
        inputs = [value.resolve(context) for value in self.inputs]
        return cached(self.name.resolve(context), inputs, lambda: self.nodelist.render(context))
