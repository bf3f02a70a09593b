"""Form fields of categories, for every form that offers them."""

from django import forms


class CategoryChoiceField(forms.ModelChoiceField):
    """A category choice named in the page's language (`Category.localized_name`: the English name where one is
    given), as the statistics name it; a plain ModelChoiceField printed the Indonesian name on English pages."""

    def label_from_instance(self, obj) -> str:
        return obj.localized_name
