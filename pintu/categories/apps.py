from django.apps import AppConfig


class CategoriesConfig(AppConfig):
    name = "pintu.categories"
    label = "categories"
    verbose_name = "Kategori"
