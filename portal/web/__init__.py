"""What every host serves outside its page tree: robots.txt, sitemap.xml, errors."""

__all__ = ["sitemaps", "views"]
