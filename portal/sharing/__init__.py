"""What a page tells sharing services and search engines about itself.

`structured_data` builds schema.org JSON-LD (breadcrumbs, organisation, web
site with its search, articles) and renders it safely inside a <script>;
`meta` gathers a page's description, canonical and hreflang addresses (with
its listing page number), OpenGraph and Twitter card data. Page types supply
what only they know through BasePage's hooks (`share_excerpt()`,
`share_image()`, `og_type`, `structured_data()`), so nothing here imports a
feature app.
"""

__all__ = ["meta", "structured_data"]
