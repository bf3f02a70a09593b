from django.apps import AppConfig


class SiteConfig(AppConfig):
    """The site shell: the pages that belong to no case type, and the `serve` command."""

    name = "pintu.site"
    label = "site"
    verbose_name = "Situs"

    def ready(self):
        from pintu.site import page_invalidation

        page_invalidation.connect()  # the versions of the public pages' cached fragments (pintu.pagecache)
