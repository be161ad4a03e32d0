"""The sections every company site has below its home page, in both languages."""

from portal.i18n.bilingual import Tr

BLOG = Tr("Blogg", "Blog")

LABS = Tr("Labb", "Labs")

ABOUT = Tr("Om oss", "About us")

CONTACT = Tr("Kontakt", "Contact")

ACCESSIBILITY = Tr("Tillgänglighetsredogörelse", "Accessibility statement")

SLUGS = {
    BLOG: Tr("blogg", "blog"),
    LABS: Tr("labb", "labs"),
    ABOUT: Tr("om-oss", "about-us"),
    CONTACT: Tr("kontakt", "contact"),
    ACCESSIBILITY: Tr("tillganglighetsredogorelse", "accessibility-statement"),
}
