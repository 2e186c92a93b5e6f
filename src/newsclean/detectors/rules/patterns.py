"""Cue words and patterns, per language, in one place.

Every entry has a name; the detectors compile them into :class:`Rule` objects
whose name (``"ad.marker"``, ``"byline.by_name"`` ...) plus the language code is
the *reason* shown by ``newsclean --explain``. To teach newsclean a new
language, add its words here: no detector code changes.

Conventions:

* ``*_LINES`` are whole-line phrases, matched case-insensitively after
  trimming decoration (``- Advertisement -`` matches ``advertisement``);
* ``*_PREFIXES`` must start the line and be followed by more text;
* everything else is a ``regex`` pattern string (Unicode-aware; ``\\p{Lu}`` etc.).
"""

from __future__ import annotations

# fmt: off
# (one list per line: these are data tables, read across, not code)

# --------------------------------------------------------------------------- ad
#: a line that is only an advertising marker
AD_LINES: dict[str, list[str]] = {
    "en": [
        "shop the story", "shop this story", "today's best prices", "featured listing", "advertisement", "advertiser content", "sponsored offers", "deals from our partners", "advertisements", "advertising", "advert", "ad", "ads", "sponsored",
        "sponsored content", "sponsored links", "sponsored stories", "paid content", "paid post",
        # a US paper's label over a bought block (print and e-edition)
        "paid advertisement", "paid advertising",
        # a club's or an event's sponsor box: "Official Partner" over the sponsor's name
        "official partner", "official partners",
        "partner content", "promoted", "promoted content", "promoted stories",
        "story continues below advertisement", "story continues below", "article continues below advertisement",
        "article continues below", "continue reading below", "continue reading below advertisement", "advertisement - continue reading below",
        "report continues below", "match report continues below", "review continues below", "post continues below",
        "scroll to continue with content", "advertisement - scroll to continue",
        "advertisement · scroll to continue", "content continues below", "ad feedback",
        "report this ad", "ads by google", "skip ad", "from our sponsors",
        "recommended by outbrain", "by taboola", "sponsored by taboola", "around the web",
        "you may like", "promoted links", "paid partner content", "paid partnership", "partner offers", "today's deals",
        "story continues below this ad", "affiliate link", "continue reading the main story", "skip advertisement",
        "story continues", "buy now", "shop now", "view deal", "see deal", "check price", "see price", "view offer",
        # a booking widget's button under a hotel's box ("Book now", "Check availability")
        "book now", "check availability", "check rates", "see availability", "reserve now",
        # a shoppable box's heading over its priced products
        "shop the look",
    ],
    "de": ["partner-empfehlung", "partnerempfehlung", "partnerangebot", "anzeige", "werbung", "gesponsert", "sponsored", "anzeigen", "werbeanzeige", "weiter nach der anzeige", "artikel wird nach der anzeige fortgesetzt", "bezahlter inhalt", "gesponserte inhalte", "partnerangebote", "weiterlesen nach der anzeige", "lesen sie weiter nach der werbung", "zum angebot", "artikel wird unter der anzeige fortgesetzt", "weiterlesen unter der anzeige", "jetzt kaufen",
           # Austrian and German labels that press law requires over paid placements
           "bezahlte anzeige", "entgeltliche einschaltung", "bezahlte einschaltung"],
    "es": ["contenido de marca", "publicidad", "patrocinado", "contenido patrocinado", "anuncio", "continúa leyendo", "la nota sigue abajo", "sigue leyendo debajo del anuncio", "apuesta patrocinada", "contenidos patrocinados", "comprar", "comprar ahora", "ver oferta"],
    "fr": ["bon plan", "publireportage", "publicité", "pub", "sponsorisé", "contenu sponsorisé", "contenu partenaire", "la suite après cette publicité", "la suite après la publicité", "suite après la publicité", "annonce", "contenus sponsorisés", "les conseils de nos partenaires", "contenus partenaires"],
    "pt": ["conteúdo de marca", "continue a ler depois da publicidade", "continua a ler depois da publicidade", "publicidade", "patrocinado", "ofertas patrocinadas", "oferta patrocinada", "conteúdo patrocinado", "continua após a publicidade", "continua depois da publicidade", "anúncio", "publieditorial", "conteúdos patrocinados", "compre agora", "ver oferta"],
    "it": ["continua a leggere dopo la pubblicità", "pubblicità", "spazio pubblicitario", "sponsorizzato", "contenuto sponsorizzato", "annuncio", "articolo sponsorizzato", "contenuti sponsorizzati"],
    "nl": ["partnercontent", "advertentie", "gesponsord", "gesponsorde inhoud", "lees verder na de advertentie", "gesponsorde content", "advertorial"],
    "sv": ["annons", "annonser", "sponsrat", "sponsrat innehåll", "annonssamarbete", "artikeln fortsätter efter annonsen", "betald annons", "annonsörens innehåll", "artikeln fortsätter under annonsen", "shoppa stilen", "shoppa looken", "köp här"],
    "da": ["annonce", "annoncer", "sponsoreret", "sponsoreret indhold", "annoncørbetalt", "artiklen fortsætter efter annoncen", "artiklen fortsætter under annoncen", "annoncørindhold", "shop looket", "køb her"],
    "no": ["annonse", "annonser", "sponset", "sponset innhold", "annonsørinnhold", "saken fortsetter under annonsen", "saken fortsetter etter annonsen", "artikkelen fortsetter under annonsen", "shop looken", "kjøp her"],
    "ru": ["реклама", "на правах рекламы", "партнерский материал", "партнёрский материал", "спецпроект", "материал партнера", "материал партнёра", "новости партнеров", "новости партнёров"],
    "pl": ["reklama", "materiał sponsorowany", "artykuł sponsorowany", "materiał partnera", "treść sponsorowana", "dalsza część artykułu pod reklamą", "partner relacji", "partner serwisu", "partner działu", "partner wydania"],
    # ("REKLAM ALANI" lower-cases to "reklam alani": a capital "I" lower-cases to a dotted "i")
    "tr": ["reklam", "reklam alanı", "reklam alani", "sponsorlu", "sponsorlu içerik", "reklam içeriği", "haberin devamı reklamdan sonra", "haberin devamı", "iş birliği", "i̇ş birliği", "ticari iş birliği"],
    "id": ["iklan", "konten bersponsor", "konten sponsor", "artikel bersponsor", "advertorial", "gulir untuk melanjutkan", "scroll untuk melanjutkan", "scroll untuk lanjut membaca"],
}

#: a site's footer links (whole lines, lower case) next to which a bare advertising word
#: ("Werbung", "Publicidad", "Pubblicità") is the footer's "advertise with us" link, no ad's marker
FOOTER_LINKS: list[str] = [
    "contact", "contacts", "contact us", "nous contacter", "kontakt", "contacto", "contactos", "contatti", "contato",
    "contatos", "fale conosco", "контакты", "impressum", "datenschutz", "datenschutzerklärung", "agb", "mediadaten",
    "mentions légales", "annonces légales", "conditions générales", "cgu", "aviso legal", "términos y condiciones",
    "privacy", "privacy policy", "cookie policy", "política de privacidad", "política de privacidade",
    "política de cookies", "note legali", "termini e condizioni", "termos de uso", "expediente", "regulamin",
]

#: a shop's offer in an affiliate box: "£64.99 at GardenDirect", "£32/mth at Tarifflo", "See price at
#: Amazon", "Tickets from £18 at StageDoorTix" (the shop's name capitalised: "€5 at the door" is prose)
AD_PRICE_LINES: list[str] = [
    r"^(?:(?:from|was|now|only|just|ab|desde|dès|a partir de|à partir de|por|da|tickets? from)\s+)?(?:[£$€¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|£|\$|zł|kr|TL|₺))(?:\s?(?:/|a |per )\s?(?:mth|month|mo|yr|year|monat|mes|mois|mês))?\s+(?:at|from|@|bei|en|chez|na|em|su|presso|op|hos|på|w)\s+(?-i:\p{Lu}|\d)\S*(?:\s+\S+){0,3}$",
    r"^(?:see|check|view|compare|shop)\s+(?:the\s+)?(?:latest\s+)?(?:price|prices|deal|deals|offer|offers)\s+(?:at|on)\s+\S.{0,30}$",
    # a product's name, a dash, then its price at a shop: "Insulated Tote, 30L — £14.99 at HomeStore"
    r"^[^.!?]{3,80}\s[—–|-]\s(?:[£$€]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|£|\$|zł|kr))\s+(?:at|from|bei|en|chez|na|em|su|presso|op|hos|på|w)\s+(?-i:\p{Lu})\S*(?:\s+\S+){0,2}$",
    r"^(?:zum angebot|ver precio|voir le prix|ver preço|vedi prezzo|bekijk prijs)\s+(?:bei|en|chez|na|em|su|op|no)\s+\S.{0,30}$",
    # a price-comparison widget: its heading and its rows, a price, the shop and the button
    # ("Today's best Orvix Halo 3 deals", "$249 Northmart View", "£64.99 ShopCo See deal")
    r"^today['’]s best (?:\S+ ){1,6}deals$",
    r"^(?:[£$€]\s?\d[\d.,]*|\d[\d.,]*\s?€)\s+(?-i:\p{Lu})\S*(?:\s\S+){0,2}?\s+(?:view|view deal|see deal|see price|buy|check price)$",
]

#: a line starting with one of these is a sponsored teaser
AD_PREFIXES: dict[str, list[str]] = {
    "en": ["proudly supported by", "sponsored content around the web", "sponsored listing", "sponsored post", "sponsored story", "sponsored article", "support for", "this episode is supported by", "this podcast is sponsored", "sponsored:", "sponsored by", "promoted by", "paid for by", "presented by", "in partnership with", "advertisement:", "ad:", "partner content:", "sponsored content:", "paid post:", "brought to you by", "paid partnership with", "shop this story:", "sponsored ·", "ad ·", "proud sponsor of", "proud partner of", "official sponsor of"],
    "de": ["gesponsert ·", "anzeige gesponsert", "gesponsert:", "anzeige:", "anzeige |", "gesponsert von", "präsentiert von", "werbung:"],
    "es": ["contenido ofrecido por", "ofrecido por", "promovido por", "patrocinado por", "publicidad:", "contenido patrocinado:", "presentado por"],
    "fr": ["contenu proposé par", "contenu sponsorisé :", "contenu sponsorisé:", "proposé par", "sponsorisé par", "publicité :", "publicité:", "en partenariat avec", "présenté par", "commandité par"],
    "pt": ["patrocinado por", "publicidade:", "oferecido por", "em parceria com"],
    "it": ["contenuto sponsorizzato:", "promosso da", "sponsorizzato da", "pubblicità:", "in collaborazione con"],
    "nl": ["aangeboden door", "gesponsord:", "gesponsord door", "advertentie:"],
    "sv": ["annons:", "sponsrat av", "i samarbete med"],
    "da": ["annonce:", "sponsoreret af", "i samarbejde med"],
    "no": ["presentert av", "annonse:", "sponset av", "i samarbeid med"],
    "ru": ["реклама:", "на правах рекламы:", "при поддержке"],
    "pl": ["reklama:", "materiał sponsorowany:", "we współpracy z"],
    "tr": ["reklam:", "sponsorlu:"],
    "id": ["iklan:", "disponsori oleh"],
}

#: a native ad's tag as a recommendation widget's card ends with it, glued after the teaser's title
#: ("Así son las casas prefabricadas que arrasan en España Patrocinado"); per language, one word
#: (no common noun that a headline can end with: "Anzeige", "Reklama", "Publicidad" are left out)
AD_SPONSORED_TAILS: dict[str, list[str]] = {
    "en": ["sponsored"],
    "de": ["gesponsert"],
    "es": ["patrocinado", "patrocinada"],
    "fr": ["sponsorisé", "sponsorisée"],
    "pt": ["patrocinado", "patrocinada"],
    "it": ["sponsorizzato", "sponsorizzata"],
    "nl": ["gesponsord"],
    "sv": ["sponsrat", "sponsrad"],
    "da": ["sponsoreret"],
    "no": ["sponset"],
    "pl": ["sponsorowane", "sponsorowany"],
}

#: markers (of :data:`AD_LINES`) that head a sponsored block, its copy glued under them (not a bare ad
#: slot, "Advertisement", which the story's next paragraph follows); per language, whole lines
AD_SPONSORED_HEADERS: dict[str, list[str]] = {
    "en": ["sponsored", "sponsored content", "paid content", "paid post", "partner content", "paid partner content", "promoted", "promoted content", "featured listing", "advertiser content", "official partner", "official partners"],
    "de": ["partner-empfehlung", "partnerempfehlung", "gesponsert", "bezahlter inhalt", "bezahlte anzeige", "entgeltliche einschaltung", "bezahlte einschaltung"],
    "es": ["contenido de marca", "patrocinado", "contenido patrocinado"],
    "fr": ["contenu partenaire", "contenu sponsorisé", "sponsorisé", "publireportage"],
    "pt": ["conteúdo de marca", "patrocinado", "conteúdo patrocinado", "publieditorial"],
    "it": ["sponsorizzato", "contenuto sponsorizzato", "articolo sponsorizzato"],
    "nl": ["partnercontent", "gesponsord", "gesponsorde inhoud", "advertorial"],
    "sv": ["sponsrat", "sponsrat innehåll", "annonssamarbete", "betald annons", "annonsörens innehåll"],
    "da": ["sponsoreret", "sponsoreret indhold", "annoncørbetalt", "annoncørindhold"],
    "no": ["sponset", "sponset innhold", "annonsørinnhold"],
    "ru": ["партнерский материал", "партнёрский материал", "материал партнера", "материал партнёра", "новости партнеров", "новости партнёров"],
    "pl": ["materiał sponsorowany", "artykuł sponsorowany", "materiał partnera", "treść sponsorowana"],
    "tr": ["sponsorlu", "sponsorlu içerik", "reklam içeriği", "iş birliği", "i̇ş birliği", "ticari iş birliği"],
    "id": ["konten bersponsor", "konten sponsor", "artikel bersponsor", "advertorial"],
}
#: sponsor's lines (of :data:`AD_PREFIXES`) that close a sponsored block or credit the article's
#: own sponsor, rather than head an advert's copy: "Brought to you by ...", "Support for ... comes from"
AD_CLOSING_PREFIXES: tuple[str, ...] = (
    "brought to you by", "proudly supported by", "support for", "this episode", "this podcast", "paid for by",
    "proud sponsor of", "proud partner of", "official sponsor of",
)

#: advertising copy: the reader addressed (or told to act) ...
AD_COPY_ADDRESS: str = (
    r"\b(?:you|your|yours)\b|^(?:book|shop|buy|order|claim|get|save|discover|explore|try|compare|switch|escape|treat yourself)\b"
    r"|\b(?:sie|ihr|ihre|ihren|ihrem)\b|^(?:jetzt|erleben sie|entdecken sie|sichern sie|bestellen sie|buchen sie)\b"
    r"|\b(?:vous|votre|vos)\b|^(?:découvrez|profitez|réservez|offrez-vous)\b"
    r"|^¿?(?:quieres|pensando|descubre|descubra|aprovecha|reserva)\b|\b(?:tu|tus|te)\b"
    r"|\b(?:você|seu|sua)\b|^(?:descubra|aproveite|garanta)\b"
    r"|^(?:scopri|approfitta|prenota)\b|\b(?:tuo|tua|tuoi)\b"
    r"|^(?:ontdek|profiteer|wedden op)\b|\b(?:je|jouw|uw)\b"
)
#: ... with an offer: a price, a discount, a bonus, free, "book now"
#: a story's subheading opens with a question word ("How the deal was done", "What it means"):
#: under a bare ad marker it is no advert's copy even when it names an offer word
AD_SUBHEADING_OPENING: str = r"^(?:How|What|Why|Where|Who|When|Which)\s"
AD_COPY_OFFER: str = (
    r"[$£€]\s?\d|\d\s?(?:€|(?:eur|euros?)\b)|\b\d{1,3}\s?%\s?(?:off|rabatt|de descuento|de réduction|di sconto|korting)"
    r"|\b(?:free|offer|deal|discount|bonus|book now|order now|shop now|get a quote|gratis|kostenlos|angebot|oferta|ofertas|descuento|offre|promo|promoção|offerta|sconto|aanbieding)\b"
)
#: a short advert's offer right under its marker, in more languages than AD_COPY_ADDRESS reads: a
#: discount ("10% korting bij ...", "Winter boots 20% off"), a call to book or buy now ("boka vecka
#: 52 nu", "Apply now") or (group ``word``) a free or special offer named in an advert's shape, a
#: brand and its offer set apart by a dash or a colon or with a figure ("Vestermark Advokaterne –
#: gratis første samtale", "Натяжные потолки за один день. Рассрочка 0%") (ad.copy_offer; the
#: line is short and ends no sentence: a story's subheading under an "Advertisement" names no offer)
AD_SHORT_COPY: str = (
    r"\d{1,3}\s?%\s?(?:off|rabatt|rabat|korting|zniżki|de descuento|de réduction|di sconto)"
    r"|\b(?:book|boka|bestil|beställ|bestill|boek|reserveer|zamów|rezerwuj|köp|køb|kjøp|koop|kup|buy|shop|order|apply)"
    r"(?:\s+\S+){0,3}?\s+(?:now|nu|nå|teraz|jetzt|today|idag|i dag|vandaag|online)\b"
    r"|(?P<word>\b(?:free|gratis|kostenlos|aktion|aktionspreis|gratuit|gratuito|gratuita|bezpłatn\w*|darmow\w*|rabatt|rabat|korting|tilbud"
    r"|erbjudande|offert|aanbieding|prezzo speciale|promoção|promocja|zniżk\w*|скидк\w*|рассрочк\w*)\b)"
)
#: ... the shape an offer word needs: a brand set apart by a dash, a bullet or a colon, or a figure
AD_SHORT_COPY_SHAPE: str = r"\s[–—-]\s|•|:\s|\d"

#: a product's price at a named shop, written into the article's flow (an affiliate or a sponsor's
#: sentence): "The Kelso 2 kettle, £39 at Homebright, boils ...", "... por 64,99 euros en Hogarplus",
#: "... gibt es ab 349 Euro bei Baumarkt Renken", "Het slot kost bij Fietsplus 34,95 euro", "... für
#: 19,99 € statt 29,99 €"; the shop's name is capitalised ("£5 at the door" is prose) and a page with
#: many such lines is a deals round-up or a price survey, whose lines are the story (see ad.detect_shop_prices)
AD_PRICE: str = r"(?:[£$€]\s?\d[\d.,]*|R\$\s?\d[\d.,]*|\d[\d.,]*(?:\s\d{3})*\s?(?:€|£|zł|kr|kronor|kroner|euros?|Euro|EUR)(?!\p{L}))"
AD_SHOP_PRICE: list[str] = [
    # the price, a unit or two ("a garrafa de 750 ml", "pro Kilo"), then the shop
    rf"{AD_PRICE},?\s+(?:(?:a|o|el|il|la|le|the|die|das|der|de|het|pro|per|por|pour|je|each|garrafa|bottle|kilo|kg|\d+\s?(?:ml|cl|g|kg|l|cm))\s+){{0,4}}"
    r"(?:at|bei|beim|im|bij|en|chez|su|presso|na|em|hos|på|w)\s+(?:(?:todas\s+)?(?:as\s+|os\s+)?lojas\s+|all\s+\d+\s+)?(?P<shop>\p{Lu}[\p{L}\d&'’-]+)",
    # the shop, then the price: "kostet bei Zweirad Holm 49,90 Euro", "kost bij Fietsplus 34,95 euro"
    rf"\b(?:kostet|kosten|kost|kostar|koster|costs|cuesta|coûte|custa|costa)\s+(?:jetzt\s+|nu\s+)?(?:bei|bij|at|en|chez|na|em|hos|på|w)\s+(?P<shop>\p{{Lu}}[\p{{L}}\d&'’-]+)(?:\s+\p{{Lu}}\S*)?\s+(?:ab\s+|für\s+|nur\s+|voor\s+)?{AD_PRICE}",
    # a price that replaces a higher one: "für 1.999 statt 2.699 Euro", "now £39, down from £54" (a
    # higher one replacing a lower, "6,50 statt 4,50 Euro", is a story's rise in fees)
    rf"(?P<now>{AD_PRICE}|\d[\d.,]*)\s+(?:statt|anstatt|instead of|au lieu de|en lugar de|en vez de|invece di|em vez de|zamiast|in plaats van|i stället för|down from|reduced from)\s+(?P<was>{AD_PRICE})",
]
#: the shop's name is never one of these: "£5 at Christmas", "10 € en Navidad"
AD_NOT_SHOPS: list[str] = ["Christmas", "Easter", "Weihnachten", "Ostern", "Navidad", "Noël", "Pâques", "Natal", "Natale", "Pasqua", "Kerst", "Pasen", "Jul", "Påsk", "Least", "Most", "Peak", "Off-peak",
    # German nouns after "im": "95 Euro im Jahr", "1.200 Euro im Monat", "im Schnitt", "im Vorjahr"
    "Jahr", "Monat", "Quartal", "Schnitt", "Durchschnitt", "Mittel", "Vorjahr", "Vergleich", "Vormonat"]

#: an advert's call to act, opening the line or a sentence of it ("... from £65 a night. Book direct
#: with Hebrid Stays.", "Jetzt Tagesgeld sichern: ...", "Simule já o seu prémio online"); read with
#: :data:`AD_CTA_OFFER` (ad.call_to_act): a story's travel tip ("Book cars well ahead in summer") names no offer
AD_CALLS_TO_ACT: dict[str, list[str]] = {
    "en": [r"book(?: now| direct| online| a| your| before| today)?", r"call(?: us| now| today)? (?:on |free )?\d[\d ]{4,}\d", r"order (?:now|online|by|today)",
           r"visit (?:us|our|www)", r"use (?:the )?code", r"shop (?:now|online|the)", r"talk to our", r"speak to (?:a|our)",
           r"get (?:a free|your free|a quote)", r"sign up (?:now|today|free)", r"apply (?:now|today|online)", r"find out more at", r"learn (?:more|about our)",
           r"save up to", r"get \d+\s?%", r"compare \d+", r"stream (?:hundreds|thousands|every|all)", r"discover", r"protect your", r"escape to",
           r"search your", r"join (?:the|us|now|today)", r"claim your", r"buy (?:now|tickets|online|today|yours)", r"bet (?:on|now|with)"],
    "de": [r"mehr erfahren", r"jetzt (?:[\p{L}-]+ ){0,3}(?:buchen|sichern|bestellen|anfragen|informieren|testen|leasen|mieten|kaufen|vereinbaren|sparen|ansehen|vergleichen|entdecken|starten|beantragen|reservieren|anmelden)", r"termine (?:gibt es|unter)",
           r"sparen sie", r"entdecken sie", r"erleben sie", r"schützen sie", r"sichern sie sich", r"rufen sie (?:uns )?an"],
    "pt": [r"simule", r"faça (?:já )?(?:o seu|seu) pedido", r"visite", r"marque já", r"inscrições abertas", r"aproveite", r"descubra", r"garanta", r"peça"],
    "fr": [r"réservez", r"profitez", r"commandez", r"découvrez", r"partez", r"protégez", r"prenez rendez-vous", r"renseignements", r"offrez-vous", r"simulez", r"comparez", r"demandez (?:votre|un) devis"],
    "es": [r"reserva (?:ya|ahora|tu|directa)", r"pide (?:ya|tu|hoy)", r"escápate", r"protege", r"descubre", r"consulta las condiciones", r"aprovecha", r"contrata", r"simula", r"solicita (?:ya|tu|hoy)"],
    "it": [r"prenota", r"scopri", r"ordina", r"approfitta", r"proteggi", r"simula", r"richiedi"],
    "nl": [r"boek", r"bestel", r"ontdek", r"profiteer", r"vergelijk", r"vraag (?:nu|direct|vandaag)"],
    "sv": [r"boka", r"passa på", r"beställ"],
    "no": [r"bestill (?:nå|før)"],
    "pl": [r"kup", r"zamów", r"sprawdź"],
    "ru": [r"купить", r"закажите", r"звоните", r"успейте", r"оформите"],
    "tr": [r"hemen (?:satın al|sipariş ver|başvur|ara)\w*", r"satın alın", r"kaçırmayın", r"sipariş verin"],
}
#: ... and its offer: a price (from ...), a share off, something free
AD_CTA_OFFER: str = (
    r"(?:[£$€]|R\$)\s?\d|\d\s?(?:€|(?:euros?|Euro|zł|kr)\b)|\d\s?%"
    r"|\b(?:free|gratis|kostenlos|gratuit|grátis|gratuita?|sem compromisso|no obligation|cashback|discount|rabatt|korting|descuento|desconto|sconto|réduction|offer|angebot|oferta|offre|aanbieding|erbjudande)\b"
    r"|\b(?:prozent|procent|per cento|por ciento|sin comisión|sem juros|offert[e]?|gratuit[oae]?|gratuits|bonus)\b"
)

#: a native ad's clickbait title (read only right under an ad marker, ``ad.native_title``):
#: "Doctors stunned: the 10-second habit ...", "Retirees are switching to this savings account",
#: "Homeowners: See If You Qualify For ...", "Ärzte verblüfft: Dieses Hausmittel ..."
AD_NATIVE_TITLES: list[str] = [
    r"\b(?:doctors|experts|dentists|dermatologists|scientists|vets) (?:are )?(?:stunned|baffled|amazed|shocked|speechless)\b",
    r"\bare (?:rushing|switching|flocking|racing|replacing|ditching|loving|snapping up)\b", r"\bthis (?:little-known|one|simple|weird|clever|genius|tiny) \w+",
    r"\bsee if you qualify\b", r"\bpays for itself\b", r"\bnobody (?:tells|told) you\b", r"\byou won['’]t believe\b", r"\bthe \d+-second\b",
    r"\b(?:ärzte|experten) (?:sind )?(?:verblüfft|sprachlos|staunen)\b", r"\bdieses (?:hausmittel|einfache|geniale|kleine) \w+", r"\bdieser (?:trick|geniale trick)\b",
    r"\b(?:les )?(?:médecins|experts) (?:sont )?(?:stupéfaits|sidérés|bluffés)\b", r"\bcette astuce\b",
    r"\b(?:médicos|expertos) (?:están )?(?:sorprendidos|asombrados|atónitos)\b", r"\beste (?:sencillo |simple )?truco\b",
    r"\b(?:médicos|especialistas) (?:ficam )?(?:chocados|surpresos)\b", r"\beste truque\b",
    r"\b(?:medici|esperti) (?:sono )?(?:sbalorditi|stupiti)\b", r"\bquesto trucco\b",
]

#: betting and other regulated adverts carry these wherever they stand
AD_DISCLAIMERS: list[str] = [
    r"(?:^|\s)(?:\+18|18\+)(?:\s|\.|$)", r"\bgamble responsibly\b", r"\bjuega con responsabilidad\b", r"\bjogue com responsabilidade\b",
    r"\bspielen sie verantwortungsbewusst\b", r"\bjouer comporte des risques\b", r"\bgioca responsabilmente\b", r"\bjouez responsablement\b", r"\bspeel bewust\b", r"\bt&cs apply\b",
    # a drinks or a trading advert's warning
    r"\bdrink responsibly\b", r"\bgambling problem\?",
    # ... in other languages, closing the advert's line: "Beba com moderação", "À consommer avec modération"
    r"\b(?:beba|bebe) com modera[çc][ãa]o\.?$", r"\bbebe con moderaci[óo]n\.?$", r"\bà consommer avec modération\.?$",
    r"\bbevi responsabilmente\.?$", r"\bdrink met mate\.?$", r"\bgenieße?n? (?:sie )?verantwortungsvoll\.?$", r"\bcapital at risk\b", r"\bkapitalanlagen sind mit risiken verbunden\b",
]

#: the page saying that a piece (or the box it heads) is paid for: "This feature was produced in
#: partnership with ...", "Presented with ...", "In Kooperation mit ..." (searched in lines of up to
#: 50 words; only the piece speaking of itself, never "the report was produced with the university")
AD_SPONSOR_NOTES: list[str] = [
    r"^(?:this|the following) (?:content|article|feature|story|series|page|post|guide|piece) (?:was|is|has been) (?:produced|created|written|paid for|funded|sponsored|brought to you)\b.{0,40}?\b(?:in partnership|in association|in collaboration|by our (?:commercial|partner)|sponsor)",
    r"^presented with\b", r"^produced in partnership with\b",
    r"^in (?:kooperation|zusammenarbeit) mit\s+\S+$", r"^(?:dieser|der folgende) (?:beitrag|artikel|inhalt|text)\b.{0,30}\b(?:entstand|entsteht|wurde|ist)\b.{0,30}\b(?:in kooperation|in zusammenarbeit|mit freundlicher unterstützung)\b",
    r"^(?:este|esta) (?:contenido|artículo|reportaje|información|sección)\b.{0,30}\b(?:en colaboración con|patrocinad[oa] por|ofrecid[oa] por)\b",
    r"^questo (?:articolo|contenuto|servizio)\b.{0,30}\b(?:in collaborazione con|sponsorizzato da|offerto da)\b",
    r"^(?:cet article|ce contenu|cette page)\b.{0,30}\b(?:en partenariat avec|sponsorisé par|proposé par)\b",
    r"^(?:este|esta) (?:conteúdo|artigo|reportagem)\b.{0,30}\b(?:em parceria com|patrocinad[oa] por|oferecid[oa] por)\b",
    r"^(?:dit|deze) (?:artikel|bijdrage|inhoud)\b.{0,30}\b(?:in samenwerking met|gesponsord door|aangeboden door)\b",
    # a sponsor's line in the flow: "In association with Kettleby Leisure: courts from £10 an hour.",
    # "Support for this station comes from ...", "Match sponsored by ...", "In samenwerking met Fietsplus"
    r"^(?:presented |brought to you )?in (?:association|partnership) with [^:.]{2,50}:\s", r"^support for [^.]{2,60}? (?:comes|is provided) from\b",
    r"^(?:match|game|race|this match|this game) (?:is )?sponsored by\b", r"^in samenwerking met \S+(?: \S+)?$", r"^\*?angebot unseres partners\b",
]

#: a contents box's heading, the whole line (then a ":"): its items are the article's own
#: subheadings, repeated further down (:func:`newsclean.detectors.rules.chrome.detect_contents`)
CONTENTS_HEADINGS: dict[str, list[str]] = {
    "en": ["in this article", "table of contents", "contents", "jump to", "on this page", "in this guide", "in this story", "skip to section"],
    "de": ["inhalt", "inhaltsverzeichnis", "in diesem artikel", "springe zu", "auf dieser seite"],
    "es": ["índice", "contenido", "en este artículo", "ir a", "en esta página"],
    "fr": ["sommaire", "dans cet article", "table des matières", "aller à", "sur cette page"],
    "pt": ["índice", "neste artigo", "conteúdo", "nesta página", "ir para"],
    "it": ["indice", "in questo articolo", "sommario", "vai a"],
    "nl": ["inhoud", "in dit artikel", "inhoudsopgave", "ga naar"],
    "sv": ["innehåll", "i den här artikeln", "hoppa till"],
    "da": ["indhold", "i denne artikel"],
    "no": ["innhold", "i denne artikkelen"],
    "pl": ["spis treści", "w tym artykule", "przejdź do"],
    "ru": ["содержание", "в этой статье", "оглавление"],
    "tr": ["içindekiler", "bu haberde"],
    "id": ["daftar isi", "dalam artikel ini"],
}

#: a paywall's cut, where a subscriber-only article's visible part ends ("Il vous reste 61% de cet
#: article à lire", "The rest of this article is for subscribers"): the offer's own lines follow
#: it (:func:`newsclean.detectors.rules.chrome.detect_paywall_boxes`); searched from the line's start
PAYWALL_CUTS: list[str] = [
    r"il vous reste \d{1,2}(?:[.,]\d{1,2})?\s?% de (?:cet |l['’])article", r"la suite est réservée aux abonnés",
    r"(?:cet )?article réservé aux abonnés",
    r"the rest of this (?:article|story) is (?:for|available to|reserved for|only for) (?:subscribers|members)",
    r"(?:subscribe|log in|sign in) to (?:continue|keep) reading", r"this (?:article|story|content) is (?:only )?for subscribers",
    r"(?:dieser|der) (?:artikel|beitrag) ist (?:nur )?für (?:abonnenten|abonnentinnen|abonnierende)",
    r"este contenido es exclusivo para (?:suscriptores|abonados)", r"te queda(?:n)? (?:un )?\d{1,2}\s?% (?:de|del) (?:este )?artículo",
    r"questo articolo è riservato agli abbonati", r"conteúdo exclusivo para assinantes",
    r"dit (?:artikel|stuk) is (?:exclusief )?voor abonnees",
]

#: a newsletter box's sign-up control, the whole line (its key): the button or the e-mail field
#: under the box's pitch (:func:`newsclean.detectors.rules.chrome.detect_signup_boxes`)
SIGNUP_CONTROLS: dict[str, list[str]] = {
    "en": ["sign up", "sign me up", "subscribe", "enter your email", "your email", "email address", "enter your email address"],
    "de": ["anmelden", "jetzt anmelden", "abonnieren", "ihre e-mail-adresse", "e-mail-adresse"],
    "es": ["apúntate", "suscríbete", "suscribirme", "tu correo", "tu correo electrónico"],
    "fr": ["je m'inscris", "s'inscrire", "inscrivez-vous", "votre e-mail", "votre adresse e-mail"],
    "pt": ["inscreva-se", "subscrever", "assinar", "o seu e-mail", "seu e-mail"],
    "it": ["iscriviti", "la tua email"],
    "nl": ["aanmelden", "inschrijven", "je e-mailadres"],
    "sv": ["prenumerera", "din e-post"],
    "pl": ["zapisz się", "twój e-mail"],
    "ru": ["подписаться", "ваш e-mail"],
}

# ----------------------------------------------------------------------- promo
#: a reader's letter signed without a dash: "Ruth Adeyemi, Lakeview" (a name of two to four capitalised
#: words, a comma, a place); a letters page signs every letter so (read by ``promo.lone_title``, which
#: leaves a letter's title alone, and by the article's end, which keeps the last letter's signature)
LETTER_SIGNATURE: str = r"^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3},\s?\p{Lu}[\p{L}.'’ -]{1,40}$"

#: a line starting with one of these (then more text) is a teaser for another story
#: a lone headline of another story between the article's paragraphs (``promo.lone_title``) opens
#: with none of these words: the article's own subheadings ask ("How to sign up", "What the
#: council said"), tell the reader to act ("Read the full policy ...") or name a thing ("A wobble in ...")
PROMO_LONE_TITLE_NOT_FIRST: dict[str, list[str]] = {
    "en": ["how", "what", "why", "when", "where", "who", "whom", "which", "whose", "is", "are", "can", "should",
           "will", "does", "do", "read", "buy", "watch", "listen", "sign", "see", "get", "find", "click", "visit",
           "call", "email", "follow", "share", "subscribe", "download", "order", "shop", "book", "from", "a", "an",
           "about", "for", "in", "on", "at", "with", "note", "editor's", "correction", "update", "updated"],
}

#: languages whose sites set their headlines in Title Case with the small words in lower case
#: ("Waspada Demam Berdarah di Awal Musim Hujan"): there a teaser's title without a cue
#: (``promo.dek_title``) may be in Title Case when one of these stands between its capitalised words
PROMO_TITLE_CASE_SMALL_WORDS: dict[str, list[str]] = {
    "id": ["di", "ke", "dari", "dan", "yang", "untuk", "dengan", "pada", "ini", "itu", "jadi", "soal", "usai", "saat"],
}

PROMO_PREFIXES: dict[str, list[str]] = {
    "en": ["read |", "also in", "also online:", "read our full", "from the archive:", "also read", "read also", "read more", "read next", "read:", "related:", "related reading:", "recommended reading:", "related story", "related article", "related coverage", "related news", "see also", "more:", "more on this", "more on this story", "watch:", "watch |", "listen:", "also watch", "also see", "don't miss", "dont miss", "must read", "recommended:", "next:", "up next", "previously:", "catch up:", "see more", "click here to read", "read the full story", "watch now:", "from our archive:", "from the archives:", "go deeper:", "also in this week's edition:", "also in this issue:"],
    "de": ["lesen sie auch", "das könnte dich auch interessieren", "lies auch", "lesen sie mehr", "mehr zum thema", "auch interessant", "das könnte sie auch interessieren", "zum thema:", "siehe auch", "weiterlesen", "mehr dazu", "passend dazu", "hören sie auch", "empfehlung:", "lesetipp", "auch lesenswert", "mehr aus dem ressort", "aus dem archiv:"],
    "es": ["lee también", "lea también", "te puede interesar", "le puede interesar", "puede interesarte", "leer más", "lee más", "ver también", "relacionado:", "relacionada:", "noticia relacionada", "noticias relacionadas", "más información:", "también te puede interesar", "mira también", "mirá también", "te recomendamos", "no te pierdas", "leé también", "leé más"],
    "fr": ["lire aussi", "lisez aussi", "lisez également", "à lire aussi", "a lire aussi", "lire également", "à lire également", "voir aussi", "à voir aussi", "sur le même sujet", "lire la suite", "à découvrir", "découvrir aussi", "notre dossier", "vidéo -", "vidéo.", "vidéo :", "en lien:", "à lire :", "a lire :", "lire :", "consulter aussi"],
    "pt": ["leia também", "leia ainda", "leia mais", "veja também", "veja mais", "saiba mais", "leia:", "veja:", "relacionado:", "relacionadas:", "notícias relacionadas", "não perca", "assista:", "assista também", "confira:", "confira também", "recomendado:"],
    "it": ["ti potrebbe interessare", "leggi anche", "leggi pure", "vedi anche", "potrebbe interessarti anche", "potrebbe interessarti", "approfondisci", "correlati:", "guarda anche", "da non perdere", "leggi l'articolo"],
    "nl": ["lees ook", "lees meer", "bekijk ook", "meer over", "gerelateerd:", "ook interessant", "zie ook"],
    "sv": ["läs också", "läs även", "läs mer", "se också", "relaterat:", "missa inte"],
    "da": ["læs også", "læs mere", "se også", "relateret:", "gå ikke glip af"],
    "no": ["les også", "les mer", "se også", "relatert:", "ikke gå glipp av"],
    "ru": ["читайте также", "смотрите также", "также читайте", "читать также", "по теме:", "подробнее:", "рекомендуем:", "ранее:", "подробнее по теме", "ещё по теме", "еще по теме"],
    "pl": ["czytaj także", "czytaj też", "czytaj również", "czytaj więcej", "zobacz także", "zobacz też", "zobacz również", "przeczytaj także", "przeczytaj też", "przeczytaj również", "polecamy:", "zobacz:"],
    # (and with a capital dotted "İ", which lower-cases to "i" + a combining dot, so "ilgili" never matches it)
    # (a cue with a dotless "ı" comes with its twin in "i" as well: "AYRICA OKUYUN" lower-cases to "ayrica okuyun")
    "tr": ["ayrıca okuyun", "ayrica okuyun", "ayrıca bakınız", "ayrica bakiniz", "bunu da okuyun", "ilgili haber", "ilgili haberler", "bunlar da ilginizi çekebilir", "bu haberi de okuyun", "ilginizi çekebilir",
           "İlgili haber", "İlgili haberler", "İlginizi çekebilir"],
    "id": ["baca juga", "simak juga", "lihat juga", "artikel terkait", "berita terkait", "baca selengkapnya", "tonton juga"],
    # languages the page's language guess does not tell apart (Arabic, Hindi, Korean): their
    # scripts are their own, so their cues are tried on every page ("اقرأ أيضا: ...", "यह भी पढ़ें: ...")
    # (the tanween may stand before the alef or after it: "أيضًا" and "أيضاً"; Egyptian sites say "طالع أيضا")
    "all": ["اقرأ أيضا", "اقرأ أيضاً", "اقرأ أيضًا", "إقرأ أيضا", "إقرأ أيضاً", "إقرأ أيضًا", "طالع أيضا", "طالع أيضاً", "طالع أيضًا", "يهمك أيضا", "यह भी पढ़ें", "ये भी पढ़ें", "관련기사"],
}

#: a teaser's title that is a person's quote: "Lorraine Gaskell: "We will not be the cheapest drivers"",
#: "Gewerkschafter Uwe Brandhorst: „Wir haben lange genug gewartet“", "Валентина Крюкова: «...»"; a
#: role word or two may come first, the name has two or three capitalised words (a surname alone,
#: "Ortega: 'We will wait'", is a live blog's entry title), and the quote ends the line
#: a reporting verb before the colon makes a quote a sentence of the story ('Doreen told The
#: Lark: "I thought ..."'), not a teaser's title ('Kate Harlow: "I've never seen ..."')
SPEECH_VERBS: list[str] = [
    "told", "tells", "said", "says", "added", "adds", "explained", "wrote", "writes", "asked", "recalled",
    "sagte", "sagt", "erklärte", "erklärt", "dijo", "afirmó", "explicó", "disse", "afirmou", "explicou",
    "dice", "detto", "spiega", "déclare", "explique", "raconte", "zei", "vertelde", "sade", "berättade",
]
PROMO_QUOTE_TITLE: str = (
    r"^(?!(?:\S+\s+){0,3}?(?i:" + "|".join(SPEECH_VERBS) + r")\b)"
    r"(?:\p{L}[\p{L}-]*\s+){0,2}?\p{Lu}\p{Ll}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}\p{Ll}[\p{L}\p{M}'’.-]*){1,2}\s?:\s*"
    r"[„\"“«»‘'‚]\s?\S[^„\"“«»”]{2,140}[\"“”»«'’‘]$"
)
#: a teaser's title with its date after a dash: "Tyre depot to cut 60 jobs - 3 Nov",
#: "Diese Kliniken stehen auf der Kippe – 02.03.2026", "Vindkraftsbolaget köpte mark – 14 okt"
PROMO_DATED_TITLE: str = (
    r"^(?P<title>[^.!?•·|]{12,140}?[^.!?:;,\s\d])\s[-–—]\s(?:\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?"
    r"|\d{1,2}\.?\s(?P<month>\p{L}{3,10})\.?(?:\s\d{4})?|(?P<month2>\p{L}{3,10})\.?\s\d{1,2}(?:,\s\d{4})?)$"
)

# --------------------------------------------------------------------- sidebar
#: headings of story lists outside the article ("Trending", "Most read" ...)
SIDEBAR_HEADINGS: dict[str, list[str]] = {
    "en": ["popular right now", "family notices", "death notices", "funeral notices", "also this week", "related posts", "explore further", "you might also be interested in", "trending", "trending now", "trending stories", "trending news", "trending today", "most popular", "most read", "most viewed", "most shared", "most commented", "popular", "popular now", "popular stories", "popular posts", "latest", "latest news", "latest stories", "latest updates", "latest headlines", "latest articles", "top stories", "top news", "top headlines", "headlines", "news in brief", "editor's picks", "editors' picks", "editor's choice", "you may also like", "you might also like", "you may have missed", "recommended", "recommended for you", "recommended stories", "related stories", "related articles", "related news", "related content", "related", "more stories", "more news", "more headlines", "more to read", "read more", "in other news", "elsewhere", "in case you missed it", "don't miss", "what to read next", "read next", "also in news", "featured", "featured stories", "spotlight", "just in", "breaking news", "hot topics", "top picks", "our picks", "must read", "more in this section", "also on", "from the web", "today's paper", "this week", "the week in pictures", "previous article", "next article", "next story", "previous story", "more videos", "top videos"],
    "de": ["neueste beiträge", "ähnliche artikel", "verwandte artikel", "ähnliche beiträge", "meistgelesen", "meistgelesene artikel", "am meisten gelesen", "meistgeklickt", "beliebt", "top-themen", "top themen", "neueste artikel", "neueste nachrichten", "aktuelle nachrichten", "das könnte sie auch interessieren", "weitere artikel", "weitere nachrichten", "mehr aus dem ressort", "empfehlungen", "auch interessant", "nachrichten", "schlagzeilen", "top-artikel", "im überblick", "das neueste", "ausgewählte artikel"],
    "es": ["entradas recientes", "artículos relacionados", "entradas relacionadas", "lo más leído", "lo mas leido", "más leídas", "más leídos", "lo más visto", "más vistas", "últimas noticias", "lo último", "tendencias", "te recomendamos", "noticias relacionadas", "más noticias", "destacados", "te puede interesar", "también te puede interesar", "otras noticias", "portada"],
    "fr": ["articles récents", "articles connexes", "articles similaires", "les plus lus", "les plus lues", "les plus partagés", "les plus commentés", "à la une", "a la une", "dernières actualités", "dernières infos", "dernières nouvelles", "les dernières actualités", "les dernières infos", "les dernières nouvelles", "en ce moment", "tendances", "sur le même sujet", "à lire aussi", "nos recommandations", "recommandés pour vous", "l'actu en continu", "fil info", "le fil info", "à ne pas manquer", "populaires"],
    "pt": ["posts recentes", "artigos relacionados", "posts relacionados", "relacionados", "mais lidas", "mais lidos", "mais vistas", "mais vistos", "mais populares", "últimas notícias", "ultimas noticias", "últimas", "em alta", "destaques", "recomendados", "notícias relacionadas", "veja também", "mais notícias", "leia também", "você pode gostar", "outras notícias", "tópicos em alta"],
    "it": ["articoli recenti", "necrologie", "post correlati", "articoli simili", "i più letti", "più letti", "più lette", "i più visti", "ultime notizie", "ultim'ora", "in evidenza", "potrebbe interessarti", "articoli correlati", "notizie correlate", "consigliati", "altre notizie", "da non perdere"],
    "nl": ["recente berichten", "gerelateerde berichten", "meest gelezen", "populair", "laatste nieuws", "net binnen", "gerelateerde artikelen", "ook interessant", "meer nieuws", "aanbevolen", "uitgelicht"],
    "sv": ["senaste inläggen", "senaste inlägg", "mest läst", "mest lästa", "senaste nytt", "senaste nyheterna", "fler nyheter", "just nu", "rekommenderat", "populärt"],
    "da": ["seneste indlæg", "mest læste", "seneste nyt", "seneste nyheder", "flere nyheder", "lige nu", "anbefalet", "populære"],
    "no": ["siste innlegg", "mest lest", "mest leste", "siste nytt", "siste nyheter", "flere nyheter", "akkurat nå", "anbefalt", "populært"],
    "ru": ["самое читаемое", "самое популярное", "популярное", "последние новости", "главное", "главные новости", "лента новостей", "выбор редакции"],
    "pl": ["najnowsze wpisy", "ostatnie wpisy", "najczęściej czytane", "najpopularniejsze", "najnowsze", "najważniejsze", "polecane", "więcej wiadomości", "wybór redakcji", "najnowsze wiadomości"],
    "tr": ["en çok okunanlar", "en çok okunan", "son dakika", "öne çıkanlar", "editörün seçimi", "son haberler", "popüler haberler"],
    "id": ["terpopuler", "paling banyak dibaca", "berita terkini", "terkini", "pilihan editor", "berita populer", "berita terbaru", "terbaru"],
    # languages the page's language guess does not tell apart (Japanese, Chinese, Hindi, Arabic,
    # Korean): their scripts are their own, so their headings are tried on every page
    "all": ["アクセスランキング", "ランキング", "総合ランキング", "トピックス", "主要ニュース", "人気記事", "热门推荐", "热门新闻", "24小时排行",
            "排行榜", "编辑推荐", "专题推荐", "ताज़ा खबरें", "ताजा खबरें", "ताज़ा ख़बरें", "लेटेस्ट न्यूज़", "सबसे ज्यादा पढ़ी गई", "الأكثر قراءة",
            "آخر الأخبار", "많이 본 뉴스", "많이 본 기사", "인기기사", "포토뉴스", "최신 뉴스"],
}

#: "<Section> News" / "More from <Section>" style headings over lists
SIDEBAR_HEADING_PATTERNS: dict[str, list[str]] = {
    "en": [r"^popular\s+\p{L}+(?:\s+\p{L}+)?$", r"^more\s+\p{L}+(?:\s+\p{L}+)?$", r"^(?:what's|whats)\s+on$", r"^(?:latest|recent|other|related)\s+\p{L}+(?:\s+\p{L}+)?$", r"^(?:today'?s\s+)?[\p{Lu}][\p{L}&'.-]*(?:\s+[\p{Lu}][\p{L}&'.-]*){0,2}\s+(?:news|stories|headlines|updates)$",
           r"^more\s+(?:from|in|on|about)\s+\S.{0,40}$", r"^(?:latest|top|best|more)\s+(?:in|from|on)\s+\S.{0,40}$",
           r"^(?:most\s+(?:read|popular|viewed|shared)|trending)\s+(?:in|on|this|today|now).{0,30}$",
           # an events list's heading: "What's on this week", "What's on today", "What's on in Athlone"
           r"^(?:what's|whats|what’s)\s+on\s+(?:this\s+(?:week|weekend|month)|today|tonight|near\s+you|in\s+\p{Lu}\p{L}+)$"],
    "de": [r"^weitere\s+\p{L}+$", r"^mehr\s+\p{L}+$", r"^mehr\s+(?:aus|zu|zum|zur|von)\s+\S.{0,40}$", r"^weitere\s+\S.{0,30}$", r"^neues?\s+aus\s+\S.{0,30}$"],
    "es": [r"^más\s+(?:de|en|sobre)\s+\S.{0,40}$", r"^últimas?\s+(?:noticias\s+)?de\s+\S.{0,30}$", r"^últim[oa]s\s+\p{L}+$",
           r"^otr[oa]s\s+(?:artículos|noticias|columnas|crónicas|partidos|resultados)\b.{0,40}$"],
    "fr": [r"^plus\s+(?:de|d'|d’|sur)\s*\S.{0,40}$", r"^(?:toute\s+l'actu|toute\s+l’actu|l'actu|l’actu)\s+\S.{0,30}$", r"^dernières?\s+\S.{0,30}$"],
    "pt": [r"^mais\s+(?:de|em|sobre)\s+\S.{0,40}$", r"^últimas\s+(?:de|em)\s+\S.{0,30}$",
           r"^outr[oa]s\s+(?:artigos|notícias|colunas|jogos|resultados)\b.{0,40}$"],
    "it": [r"^altr[ei]\s+(?:notizie|articoli)\s+\S.{0,30}$", r"^ultime\s+(?:notizie\s+)?(?:da|di|su)\s+\S.{0,30}$"],
    "nl": [r"^meer\s+(?:over|uit|van)\s+\S.{0,40}$", r"^meer\s+(?:video's|videos|nieuws|artikelen|berichten|verhalen)$"],
    "pl": [r"^(?:inne|pozostałe)\s+(?:artykuły|felietony|wiadomości|teksty|wyniki|mecze)\b.{0,30}$", r"^więcej\s+(?:wiadomości|artykułów|tekstów|felietonów)\b.{0,30}$"],
}

# ---------------------------------------------------------------------- byline
#: "By Jane Roe": the word that introduces an author name
BY_WORDS: dict[str, list[str]] = {
    "en": ["by", "photographs and words by", "photos and words by", "words and photographs by", "obituary by", "live coverage by", "live reporting by", "live updates by", "live blog by", "reviewed by", "medically reviewed by", "fact-checked by", "fact checked by", "photographs by", "photos by", "words and pictures by", "produced by", "analysis by", "written by", "words by", "reported by", "story by", "text by", "interview by", "posted by", "compiled by", "edited by", "column by"],
    "de": ["von", "geprüft von", "fachlich geprüft von", "text:", "text von", "ein kommentar von", "ein gastbeitrag von", "eine kritik von", "eine analyse von", "eine reportage von", "aufgezeichnet von", "interview:", "von unserem korrespondenten", "von unserer korrespondentin", "von unserem", "von unserer", "live-ticker:", "liveticker:"],
    "es": ["por", "escrito por", "redacción:", "texto:", "revisado por", "revisada por", "con la revisión de"],
    "fr": ["par", "relu par", "relu et validé par", "propos recueillis par", "texte:", "texte :", "de notre correspondant", "de notre correspondante", "de notre envoyé spécial", "de notre envoyée spéciale", "par la rédaction de", "par la rédaction d'", "par la rédaction d’"],
    "pt": ["por", "revisto por", "revisado por", "escrito por", "texto:", "reportagem de", "da redação", "da reportagem"],
    "it": ["di", "rivisto da", "a cura di", "testo di", "dal nostro corrispondente", "dalla nostra inviata", "dal nostro inviato"],
    "nl": ["door", "tekst:", "door onze verslaggever", "door onze verslaggeefster", "door onze correspondent", "door onze redacteur", "van onze verslaggever"],
    "sv": ["av", "text:", "text och foto:"],
    "da": ["af", "tekst:", "tekst og foto:"],
    "no": ["av", "tekst:", "tekst og foto:"],
    "ru": ["автор:", "текст:", "автор материала:"],
    "pl": ["autor:", "autorka:", "tekst:", "oprac.", "opracowanie:"],
    "tr": ["yazar:", "muhabir:", "haber:", "röportaj:"],
    "id": ["oleh", "penulis:", "reporter:", "editor:"],
}

#: words that open a date line of the article itself ("Updated: Oct 20, 2024")
#: an end date's opening word: "until 18 January", "bis 28. Juni", "Fino al 22 giugno" is how long
#: an exhibition or a closure runs (a fact line of the story), no article's date
UNTIL_WORDS: dict[str, list[str]] = {
    "en": ["until", "till", "runs until", "open until"],
    "de": ["bis", "noch bis"],
    "es": ["hasta el", "hasta"],
    "fr": ["jusqu'au", "jusqu’au", "jusqu'à", "jusqu’à"],
    "pt": ["até"],
    "it": ["fino al", "fino a", "fino all'", "fino all’"],
    "nl": ["tot en met", "t/m", "tot"],
    "sv": ["till och med", "t.o.m."],
    "da": ["indtil", "t.o.m."],
    "no": ["frem til", "t.o.m."],
    "pl": ["do"],
    "ru": ["до"],
    "tr": [],
    "id": ["hingga", "sampai"],
}

#: the word between the two ends of a period: "del 12 de enero al 13 de marzo", "vom 3. bis
#: 5. März", "du 3 au 5 mars", "from 3 March to 5 March" is how long something runs (a fact
#: line of the story: a deadline, a festival's days), no article's date; taken only between
#: two date tokens (a day, a month's name, a year)
RANGE_WORDS: dict[str, list[str]] = {
    "en": ["to", "until", "till", "through", "thru"],
    "de": ["bis"],
    "es": ["al", "hasta"],
    "fr": ["au"],
    "pt": ["até"],
    "it": ["al"],
    "nl": ["tot", "t/m"],
    "sv": ["till"],
    "da": ["til"],
    "no": ["til"],
    "pl": ["do"],
    "ru": ["по", "до"],
    "tr": [],
    "id": ["hingga", "sampai"],
}


DATE_WORDS: dict[str, list[str]] = {
    "en": ["published", "updated", "last updated", "posted", "first published", "modified", "last modified", "published on", "updated on", "posted on", "date", "dated", "created", "issued"],
    "de": ["veröffentlicht", "veröffentlicht am", "aktualisiert", "aktualisiert am", "zuletzt aktualisiert", "erstellt", "stand:", "stand", "datum", "publiziert", "publiziert am", "erschienen am"],
    "es": ["publicado", "publicado el", "actualizado", "actualizado el", "última actualización", "fecha", "creado"],
    "fr": ["publié", "publié le", "mis à jour", "mis à jour le", "modifié le", "actualisé le", "date"],
    "pt": ["publicado", "publicado em", "atualizado", "atualizado em", "última atualização", "data", "criado em"],
    "it": ["pubblicato", "pubblicato il", "aggiornato", "aggiornato il", "ultimo aggiornamento", "data"],
    "nl": ["gepubliceerd", "laatste update", "update:", "bijgewerkt", "laatst bijgewerkt", "geplaatst"],
    "sv": ["publicerad", "publicerat", "uppdaterad", "uppdaterat", "senast uppdaterad"],
    "da": ["publiceret", "opdateret", "senest opdateret"],
    "no": ["publisert", "oppdatert", "sist oppdatert"],
    "ru": ["опубликовано", "обновлено", "дата публикации"],
    "pl": ["opublikowano", "aktualizacja", "zaktualizowano", "data publikacji", "dodano"],
    "tr": ["yayınlanma", "güncellenme", "yayın tarihi", "son güncelleme", "güncelleme", "giriş"],
    "id": ["diterbitkan", "diperbarui", "dipublikasikan", "terbit"],
}

#: words of a deals roundup's headline ("The 10 best early Black Friday deals on Apple devices",
#: "Die besten Angebote zum Black Friday"): in such an article the shops' price lines and product
#: boxes between the paragraphs are the story's items (body), not affiliate ads. Plurals and fixed
#: names only: "pay deal", "snack sales", "sale of the depot" are news of another kind
DEALS_HEADLINE_WORDS: dict[str, list[str]] = {
    "en": ["deals", "discounts", "bargains", "price drops", "black friday", "cyber monday", "prime day", "cyber week"],
    "de": ["angebote", "deals", "schnäppchen", "rabatte"],
    "es": ["ofertas", "chollos", "rebajas", "descuentos"],
    "fr": ["bons plans", "soldes", "promos", "promotions"],
    "pt": ["ofertas", "promoções", "descontos"],
    "it": ["offerte", "sconti"],
    "nl": ["aanbiedingen", "deals"],
    "sv": ["erbjudanden", "fynd"],
    "da": ["tilbud"],
    "no": ["tilbud"],
    "pl": ["promocje", "okazje"],
    "ru": ["скидки", "распродажа"],
    "tr": ["indirimler", "fırsatlar"],
    "id": ["promo", "diskon"],
}


#: the word of a relative age ("2 days ago", "vor 2 Std.", "Hace 3 horas", "3 ore fa", "Il y a 3 h"):
#: a teaser card's date; the article's own date line gives a date or an update time
AGE_WORDS: dict[str, list[str]] = {
    "en": ["ago"],
    "de": ["vor"],
    "es": ["hace"],
    "fr": ["il y a"],
    "pt": ["há", "ha"],
    "it": ["fa"],
    "nl": ["geleden"],
    "sv": ["sedan"],
    "da": ["siden"],
    "no": ["siden"],
    "ru": ["назад"],
    "pl": ["temu"],
    "tr": ["önce"],
    "id": ["lalu", "yang lalu"],
}

#: the word of a source's line ("Source: Accrasphere.com", "Fuente: ..."): under a title it names
#: where the story came from, so the title is no photo caption over a credit
SOURCE_LINE_WORDS: list[str] = ["source", "sources", "fuente", "fonte", "quelle", "bron", "źródło", "kaynak", "источник", "kilde", "källa"]

#: the heading of a "key points" box under an article's title (whole line, lower case, a colon
#: after it dropped): the title is the line above it, not the box's first point
KEY_POINTS_HEADINGS: list[str] = [
    "key points", "the key points", "key facts", "at a glance", "in brief", "in short", "summary", "what we know", "what you need to know", "why it matters", "key takeaways", "takeaways", "the big picture",
    "das wichtigste", "das wichtigste in kürze", "darum geht's", "darum gehts", "darum geht’s", "in kürze", "auf einen blick", "zusammenfassung",
    "l'essentiel", "l’essentiel", "en bref", "à retenir", "ce qu'il faut retenir", "ce qu’il faut retenir", "les points clés", "résumé",
    "lo más importante", "las claves", "claves", "resumen", "en resumen", "en breve",
    "resumo", "em resumo", "pontos-chave", "principais pontos", "o que se sabe", "entenda",
    "i punti chiave", "punti chiave", "in breve", "in sintesi", "l'essenziale", "l’essenziale", "cosa sappiamo",
    "in het kort", "het belangrijkste", "kort samengevat",
    "det viktigaste", "i korthet", "kort fortalt", "det vigtigste", "det viktigste",
    "najważniejsze", "w skrócie", "özetle", "öne çıkanlar", "главное", "коротко", "poin penting", "ringkasan",
]

#: a media player's label over its running time ("Duration / 1:58"): the time is the player's
PLAYER_DURATION_WORDS: list[str] = ["duration", "length", "dauer", "länge", "durée", "duración", "duração", "durata", "duur", "längd", "varighed", "süre", "длительность", "czas trwania"]

#: reading time ("5 min read", "Lesezeit: 4 Min.")
READ_TIME_PATTERNS: list[str] = [
    r"^\d{1,3}\s*(?:-|–)?\s*min(?:ute)?s?\.?\s+(?:read|de lecture|de leitura|de lectura|lesezeit|lesen|di lettura|leestijd)\b.{0,20}$",
    r"^(?:reading time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo de leitura|tempo di lettura|leestijd|czas czytania|время чтения|okuma süresi|lästid|lesetid|læsetid)\s*:?\s*\d{1,3}.{0,20}$",
    r"^(?:lecture|lectura|leitura)\s*:?\s*\d{1,3}\s*min.{0,10}$",
    r"^\d{1,3}\s*min(?:utes?)?\s*(?:read|listen)$",
    r"^\d{1,3}\s*mins?\s+to\s+read$",
    # the word for minutes written out: "12 minutos de lectura", "4 minuti di lettura", "3 minutter læsetid"
    r"^\d{1,3}\s*(?:minutos?|minuti|minuten|minutes?|minutter|minuter|minut|dakika|menit|минут[аы]?)\s+(?:de\s+lectura|de\s+leitura|de\s+lecture|di\s+lettura|lesezeit|leestijd|read|reading|okuma|baca|lesetid|lästid|læsetid|czytania|чтения)\b.{0,20}$",
    # the minutes as a prime: "3' di lettura"
    r"^\d{1,3}\s*['’′]\s*(?:di\s+lettura|de\s+lectura|de\s+leitura|de\s+lecture|read)$",
]

#: an author's bio by its beat: the name, then what the author follows and for whom or since when
#: ("X has covered the courts for the Sentinel since 2019", "X segue la cronaca per La Voce dal 2021",
#: "X berichtet für das Kreisblatt über ...", "X acompanha a política local desde 2010"); the tail (a
#: publication's capitalised name after "for"/"für"/"per" ..., a year after "since", a contact line)
#: must follow within the sentence. Written after the name (``byline.NAME``, an optional ", role,")
#: a note that the article appeared first elsewhere (byline.first_published): "This report
#: by The Canadian Press was first published Dec. 3", "Cet article a été initialement publié
#: dans l'édition papier", "Denna artikel publicerades först i papperstidningen". A story's
#: own "The post was first published by a page called ..." names no article of its own.
FIRST_PUBLISHED_PATTERNS: dict[str, list[str]] = {
    "en": [r"^(?:this|the)\s+(?:[\w'’-]+\s+){0,6}?(?:article|story|report|piece|column|interview)\b.{0,80}?\b(?:was\s+)?(?:first|originally)\s+(?:published|appeared)\b"],
    "fr": [r"^(?:cet|cette|ce|l['’])\s*(?:article|chronique|tribune|reportage|entretien|texte)\b.{0,60}?\b(?:a\s+été|est)\s+(?:initialement|d['’]abord|originellement|précédemment)\s+(?:publiée?|parue?)\b"],
    "es": [r"^(?:este|esta)\s+(?:artículo|reportaje|texto|columna|entrevista|información)\b.{0,60}?\b(?:fue|se)\s+(?:publicad[oa]|publicó)\s+(?:originalmente|por\s+primera\s+vez|inicialmente)\b"],
    "pt": [r"^(?:este|esta)\s+(?:artigo|reportagem|texto|matéria|coluna|entrevista)\b.{0,60}?\bfoi\s+publicad[oa]\s+(?:originalmente|inicialmente|pela\s+primeira\s+vez)\b"],
    "it": [r"^(?:questo|quest['’])\s*(?:articolo|pezzo|testo|intervista)\b.{0,60}?\bè\s+stat[oa]\s+pubblicat[oa]\s+(?:originariamente|inizialmente|per\s+la\s+prima\s+volta)\b"],
    "de": [r"^(?:dieser|dieses|der|das)\s+(?:artikel|beitrag|text|interview)\b.{0,60}?\b(?:ist|erschien|wurde)\s+(?:zuerst|erstmals|ursprünglich)\b"],
    "nl": [r"^(?:dit|dat)\s+(?:artikel|verhaal|stuk|interview)\b.{0,60}?\b(?:verscheen|is)\s+(?:eerder|eerst|oorspronkelijk)\b"],
    "sv": [r"^(?:denna|den\s+här|texten|artikeln)\s*(?:artikel|text)?\s+(?:publicerades|har\s+publicerats)\s+(?:först|tidigare|ursprungligen)\b"],
}

#: the first word (lower-cased) of a bio's further lines under its first (byline.author_bio_more):
#: the author as a pronoun or possessive, or a verb whose subject the language leaves out
BIO_FOLLOW_WORDS = frozenset(
    {
        # en
        "she", "he", "they", "her", "his", "their",
        # de
        "sie", "er", "ihr", "ihre", "sein", "seine",
        # fr
        "elle", "il", "son", "sa", "ses",
        # es, pt, it: pronouns and subject-less verbs
        "ella", "él", "su", "sus", "es", "fue", "ha", "vive",
        "ela", "ele", "seu", "sua", "é", "foi", "tem", "mora",
        "lei", "lui", "è", "scrive", "insegna",
        # nl, sv, da/no, pl, ru
        "zij", "hij", "haar", "zijn", "hon", "han", "hun", "ona", "on", "jej", "jego", "она", "он", "её", "его",
    }
)
BIO_BEAT_PATTERNS: dict[str, list[str]] = {
    "en": [r"(?:has|have) (?:covered|reported on|written about|written|tested|reviewed|been covering|been reporting on)\b.{0,160}?\b(?:(?:for|at) (?:the )?\p{Lu}|since (?:19|20)\d\d\b|[Cc]ontact (?:him|her|them)\b)",
           r"(?:covers|reports on|leads the \p{Ll}[\p{Ll} ]{0,40}(?:team|desk))\b.{0,160}?\b(?:(?:for|at) (?:the )?\p{Lu}|since (?:19|20)\d\d\b|[Cc]ontact (?:him|her|them)\b)",
           r"(?:is|are) (?:a )?(?:fact-checkers?|members? of the \p{Lu}\S* (?:investigations|data|politics|news) team)\b"],
    "de": [r"(?:berichtet|schreibt|leitet das Ressort|leitet die Redaktion)\b.{0,160}?\b(?:(?:für|beim|bei|im) (?:das |die |den |der )?\p{Lu}|seit (?:19|20)\d\d\b|[Ss]ie erreichen (?:ihn|sie)\b|erreichen sie)"],
    "fr": [r"(?:suit|couvre)\b.{0,160}?\b(?:[ÉéEe]crire à l['’]auteur|depuis (?:19|20)\d\d\b|pour (?:le |la |l['’])?\p{Lu})"],
    "it": [r"(?:segue|scrive)\b.{0,160}?\b(?:per (?:la |il |lo |l['’])?\p{Lu}|dal (?:19|20)\d\d\b)"],
    "es": [r"(?:cubre|sigue|escribe)\b.{0,160}?\b(?:para (?:el |la )?\p{Lu}|desde (?:19|20)\d\d\b)"],
    "pt": [r"(?:acompanha|cobre|escreve)\b.{0,160}?\b(?:desde (?:19|20)\d\d\b|para (?:o |a )?\p{Lu}|[Ee]screve às)"],
    "nl": [r"(?:volgt|verslaat|schrijft)\b.{0,160}?\b(?:voor (?:de |het )?\p{Lu}|sinds (?:19|20)\d\d\b)"],
    "pl": [r"(?:od (?:19|20)\d\d (?:roku )?)?(?:pisze|relacjonuje)\b.{0,160}?(?:\bdla \p{Lu}|\bod (?:19|20)\d\d\b)"],
    "sv": [r"(?:bevakar|skriver)\b.{0,160}?\b(?:för \p{Lu}|sedan (?:19|20)\d\d\b)"],
}

#: wire agencies and staff credits; a line that is only one of these is a byline
AGENCIES: list[str] = [
    "AP", "Associated Press", "PTI", "Reuters", "AFP", "ANI", "IANS", "UNI", "dpa", "DPA", "EFE", "Lusa",
    "ANSA", "ANP", "Belga", "APA", "SDA", "KNA", "epd", "AFP/dpa", "dpa/AFP", "Agencia EFE", "Agência Brasil",
    "Agência Lusa", "Europa Press", "Xinhua", "Yonhap", "Kyodo", "Bloomberg", "AAP", "PA", "PA Media",
    "CNA", "Bernama", "NAN", "Agence France-Presse", "Deutsche Presse-Agentur", "Estadão Conteúdo",
    "Folhapress", "Télam", "Notimex", "Press Association", "Staff", "Staff reporter", "Staff writer",
    "Web Desk", "News Desk", "Online Desk", "Digital Desk", "Agencies", "Agencias", "Agências",
    "Redaktion", "Redacción", "Rédaction", "Redação", "Redazione", "Redactie", "wire services", "The Canadian Press",
    # national agencies of francophone Africa, Switzerland, Italy and Scandinavia ("(Avec AIP)", "ATS/mfr")
    "AIP", "APS", "ACP", "ATS", "AGI", "Adnkronos", "Ritzau", "NTB",
]

#: a person's title in lower case before the name, in a byline or a photo credit: Polish clergy and
#: degrees ("ks. Tomasz Wielgus", "o. Jan Góra", "bp Adam Nowak", "dr Anna Kos"), a Dutch pastor or
#: lawyer ("ds. Jan de Vries", "mr. Els Bakker")
NAME_TITLES: list[str] = ["ks.", "o.", "s.", "bp", "abp", "dr", "dr.", "prof.", "ds.", "mr."]

#: job titles after a name ("Jane Roe, Staff Writer")
ROLE_WORDS: list[str] = [
    "staff writer", "staff reporter", "reporter", "correspondent", "senior reporter", "editor", "senior editor",
    "political editor", "business editor", "sports editor", "contributor", "columnist", "special correspondent",
    "chief correspondent", "news editor", "writer", "journalist", "photographer", "analyst", "bureau chief",
    "redakteur", "redakteurin", "korrespondent", "korrespondentin", "reporterin", "autorin", "autor",
    "redactor", "redactora", "corresponsal", "periodista", "enviado especial", "enviada especial",
    "journaliste", "rédacteur", "rédactrice", "envoyé spécial", "envoyée spéciale", "correspondante",
    "repórter", "correspondente", "colunista", "jornalista", "editora", "giornalista", "corrispondente",
    "verslaggever", "correspondent", "redacteur", "critic", "chief critic", "theatre critic", "film critic",
    "tester", "road tester", "reviewer", "producer", "presenter", "host", "anchor", "professor", "lecturer",
    "researcher", "fellow", "planner", "director", "author", "novelist", "economist", "lawyer", "consultant",
    "campaigner", "founder", "chair", "member", "property reporter", "health reporter", "crime reporter",
    "court reporter", "education reporter", "political reporter", "business reporter", "sports reporter",
    "data journalist", "investigations editor", "deputy editor", "managing editor", "chief reporter",
]

#: a credit word ("Bild", "photo") after one of these words is a noun of a sentence ("kennt das Bild: ..."),
#: no credit: prepositions, articles and possessives
CREDIT_NOT_AFTER: list[str] = [
    "in", "the", "a", "this", "that", "his", "her", "their", "our", "my", "your", "its", "one", "of",
    "das", "dieses", "ein", "sein", "ihr", "unser", "le", "la", "les", "ce", "cette", "un", "une", "son", "sa",
    "el", "los", "las", "este", "esta", "una", "su", "il", "lo", "questo", "questa", "het", "dit", "een", "zijn",
    "o", "os", "as", "um", "uma", "seu", "sua", "det", "den", "ett", "denna", "detta",
]

#: a press office or a press release named alone in the byline block (``byline.press_office``): the
#: author of an institution's news ("Police cantonale – Service de communication", "Pressestelle der
#: Stadt", "Gabinete de Comunicación", "Ufficio stampa", "Communiqué de presse")
PRESS_OFFICE_WORDS: list[str] = [
    r"service (?:de |de la )?(?:presse|communication|l'information)", r"cellule (?:de )?communication", r"communiqué de presse",
    r"pressestelle", r"pressemitteilung", r"medienmitteilung", r"presseinformation", r"pressedienst", r"öffentlichkeitsarbeit",
    r"servicio de (?:prensa|comunicación)", r"gabinete de (?:prensa|comunicación|imprensa|comunicação)", r"nota de prensa", r"comunicado de (?:prensa|imprensa)",
    r"departamento de comunicación", r"gerencia de comunicaciones?", r"assessoria de (?:imprensa|comunicação)", r"ufficio stampa", r"comunicato stampa",
    r"press office", r"press release", r"news release", r"communications (?:team|office|department|unit)", r"media (?:office|relations)",
    r"ufficio (?:comunicazione|relazioni con il pubblico)", r"servizio comunicazione", r"comunicación social",
    r"persdienst", r"communicatiedienst", r"dienst communicatie", r"afdeling communicatie", r"biuro prasowe", r"rzecznik prasowy",
    r"pressavdelningen", r"presstjänst", r"kommunikationsavdelningen", r"presseafdelingen", r"kommunikationsafdelingen",
    # a Turkish town hall's press directorate, a Russian press service, an Indonesian public relations office
    r"basın yayın (?:ve halkla \w{5,9} )?müdürlüğü", r"basın (?:ve halkla \w{5,9} )?(?:birimi|bürosu|müdürlüğü)", r"basın bülteni",
    r"пресс-служба", r"пресс-центр", r"пресс-релиз", r"siaran pers", r"humas",
]

#: a press release's contact heading alone on its line ("Media contact", "Pressekontakt:"): the short lines
#: under it are the contact's name, role, address and number (``byline.contact_block``)
CREDIT_CONTACT_HEADING: str = (
    r"^(?:media contacts?|press contacts?|press office|contact presse|contact média|contacto de prensa"
    r"|contacto para medios|contato para imprensa|contato de imprensa|pressekontakt|pressestelle|contatto stampa"
    r"|ufficio stampa|perscontact|persvoorlichting)\s*:?$"
)
#: credits lines ("Reporting by X; Editing by Y")
CREDIT_PATTERNS: list[str] = [
    # (not a sentence about a study: "Research by the University of Eastmoor found that ...")
    r"^\(?\s*(?:additional\s+|contributing\s+)?(?:reporting|writing|editing|research|graphics|additional reporting|fact-checking)\s+by\s+(?!(?:\S+\s+){0,8}(?:found|finds|shows?|showed|suggests?|suggested|reveals?|revealed|estimates?|estimated)\b)\S.{0,200}$",
    r"^[—–-]\s*(?:with\s+)?(?:additional\s+)?(?:reporting|writing|editing)\s+by\s+\S.{0,200}$",
    r"^(?:mitarbeit|mit material von|mit material der|mitarbeit:)\s*\S.{0,120}$",
    r"^(?:con información de|con información|información de)\s+\S.{0,100}$",
    r"^(?:avec|avec l'|avec l’)\s*(?:AFP|Reuters|AP|agences)\b.{0,60}$",
    r"^(?:com informações|com informações de|com agências)\b.{0,100}$",
    r"^(?:contact|email|e-mail|follow|write to|reach)\s*(?:the\s+(?:author|reporter|writer)|\p{Lu}\p{L}+)?\s*(?:on|at|:)?\s*\S*@\S+.{0,80}$",
    r"^(?:follow|folge|siga|suivez|segui)\s+(?:\p{Lu}\p{L}+\s+){0,3}(?:on|auf|en|no|sur|su)\s+(?:twitter|x|instagram|facebook|linkedin|bluesky|threads)\b.{0,60}$",
    r"^\S+@\S+\.\w{2,10}(?:\s*[|·•,]\s*[\d +()./-]{6,20})?$",
    # a Korean reporter's sign-off with the e-mail address: "박지훈 기자 jhpark@example.kr"
    r"^\p{Hangul}{2,4}\s?(?:기자|특파원|선임기자|객원기자)\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+$",
    # an Arabic story's source at its foot: "المصدر: الشرفة نيوز + وكالات" (no sentence)
    r"^(?:المصدر|المصادر)\s?:\s?\S[^.!؟]{0,60}$",
    # the reporter's and the editor's initials closing an Indonesian portal's story: "(nor/imk)", "(rdp/ega)"
    r"^\((?:[a-z]{2,5}/){1,3}[a-z]{2,5}\)$",
    # a Chinese portal's editor sign-off: "责任编辑：刘晓", "（责任编辑：刘晓）"
    r"^[（(]?(?:责任编辑|責任編輯)\s?[：:]\s?\S[^。！？]{0,30}$",
    r"^@\w{2,30}$",
    r"^(?:journaliste|journalist|journalistin|periodista|jornalista|giornalista|escritora|escritor)\b[^.!?]{0,80}$",
    r"^(?:enviado|enviada) especial\b.{0,60}$",
    r"^(?:author|autor|auteur|autore|autora)\s*:\s*\S.{0,80}$",
    r"^(?:écrit par|escrito por|escrita por|scritto da|scritta da|geschreven door|geschrieben von)\s+(?-i:\p{Lu}).{0,100}$",
    r"^(?:da redação|a cura della redazione|de la rédaction)\b.{0,80}$",
    # a press office as the author: "A cura dell'Ufficio comunicazione", "By the press office",
    # "Por el Servicio de Prensa", "Door de persdienst", "Von der Pressestelle" (no sentence's end)
    r"^(?:a cura (?:dell['’]\s*|(?:di|del|dello|della|degli|delle)\s+)|(?:por|pela|pelo|par|door|von|by|av|przez)\s+(?:(?:la|le|l['’]|a|o|el|de|der|die|the|het)\s*)?)(?:"
    + "|".join(PRESS_OFFICE_WORDS) + r")\b[^.!?]{0,60}$",
    # the newsroom as the author: "Par la rédaction", "Por la Redacción", "Pela redação", "Door de redactie"
    r"^(?:par|por|pela|pelo|door|von|di|dalla|by)\s+(?:la|a|de|der|the|l['’])?\s*(?:rédaction|redacción|redação|redactie|redaktion|redazione|newsroom)\b[^.!?]{0,60}$",
    r"^(?:produced|edited|presented|hosted) by\s+(?-i:\p{Lu}).{0,160}$",
    # a production's credits as a sentence: "The Current Hour is produced by Jane Roe and edited by John Doe."
    r"^(?-i:\p{Lu})[^.!?]{0,60}?\s(?:is|was|are|were)\s+(?:produced|edited|presented|hosted)\s+by\s+(?-i:\p{Lu}[\p{L}'’.-]+\s+\p{Lu})[^.!?]{0,100}\.?$",
    # the roles and their names, each after a colon: "Rédaction : Jane Roe ; Édition : John Doe"
    r"^(?:rédaction|redacción|redazione|redaktion|redactie|redação|texte|texto|testo|text|reporting|writing)\s*:\s*(?-i:\p{Lu})[^.!?;]{2,60};\s*(?:édition|edición|edizione|edição|edited|editing|redigering|bearbeitung|eindredactie|secrétariat de rédaction|mise en page|photos?|fotos?|fotografia|fotografía)\s*:\s*(?-i:\p{Lu})[^.!?]{2,60}$",
    # a syndicated story's note: "(Only the headline and picture of this report may have been reworked by
    # our staff; the rest is auto-generated from a syndicated feed.)"
    r"^\(?(?:except\s+for\s+the\s+headline|only\s+the\s+headline)\b[^()]{0,200}\bsyndicated\s+feed\.?\)?\.?$",
    # ... "(This story has not been edited by our staff and is auto-generated from a syndicated feed.)"
    r"^\(?this\s+(?:story|article|report|copy)\s+has\s+not\s+been\s+edited\s+by\b[^()]{0,160}\bsyndicated\s+feed\.?\)?\.?$",
    # who funds a public-interest reporting scheme: "Local Democracy Reporting is public interest journalism
    # funded through NZ On Air.", "LDR is local body journalism co-funded by the Regional Journalism Trust."
    r"^(?:the\s+)?(?:local\s+democracy\s+reporting(?:\s+service)?|ldr)\s+(?:is|are)\s[^.]{0,80}?\b(?:co-funded|funded|supported)\s+(?:by|through)\s+[^.]{2,80}\.?$",
    # the author (or the newsroom) with a wire agency: "Sofia Carvalhal, com Lusa", "La rédaction avec AFP"
    r"^(?:(?-i:\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})|la rédaction|la redacción|a redação|la redazione|die redaktion),?\s+(?:avec|com|con|with|mit|y|e|et|und|and)\s+(?:l['’])?(?-i:AFP|AP|Reuters|Lusa|EFE|dpa|ANSA|APA|SDA|Belga|ANP|PA|AAP|Europa Press|agencias|agências|agences|agenzie|Agenturen)$",
    # words and pictures by: "Texto de Jane Roe e fotografia de John Doe", "Text von Jane Roe, Fotos von John Doe"
    r"^(?:texto|texte|testo|text|tekst)\s+(?:de|di|von|by|par|door)\s+(?-i:\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})(?:\s*(?:,|e|y|et|und|and|en)\s+(?:fotografia|fotografía|fotografie|photographie|photography|photos?|fotos?|imagens?|immagini|bilder)\s+(?:de|di|von|by|par|door)\s+(?-i:\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}))?$",
    # a collaborator named at the foot: "con la collaborazione di Jane Roe", "with the collaboration of Jane Roe"
    r"^(?:con\s+la\s+collaborazione\s+di|con\s+la\s+colaboración\s+de|com\s+a\s+colaboração\s+de|avec\s+la\s+collaboration\s+de|with\s+the\s+collaboration\s+of|unter\s+mitarbeit\s+von|met\s+medewerking\s+van)\s+(?-i:\p{Lu}[\p{L}'’.-]+(?:\s+(?:van|de|der|den|ter|da|di|von)){0,2}(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})(?:\s*(?:,|e|y|et|und|and)\s+(?-i:\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}))?\.?$",
    r"^(?:news provided by|content provided by)\b.{0,60}$",
    r"^(?:press|media) (?:enquiries|inquiries|queries)\s*:.{0,80}$",
    # ... as a sentence at the release's foot, with its address or number, or heading them: "For media enquiries,
    # contact the council's press office on 01632 960 214.", "For media queries, please contact:"
    r"^for (?:further |more |all )?(?:press|media) (?:enquiries|inquiries|queries)\b(?:[^!?]{0,100}?(?:@\S+|\d{2,5}[ /.-]?\d{2,}[\d /.-]{2,16})[^!?]{0,60}|[^!?.]{0,40}:)$",
    # a press release's contact for questions, with an e-mail address or a phone number: "Rückfragen: Marketing
    # Bergbahnen Zirmtal, Tel. +43 5287 60 100, presse@...", "Demandes des médias : ..."
    r"^(?:rückfragen|rückfragehinweis|presseanfragen|medienanfragen|medienkontakt|demandes (?:des |de )?médias|renseignements presse|consultas de prensa|consultas de medios|informações à imprensa|contatti stampa)\s*:\s*[^!?]{0,100}?(?:@\S+|\d{2,5}[ /.-]?\d{2,}[\d /.-]{2,16})[^!?]{0,60}$",
    # ... or headed by a plain "information" word, when the contact is the press office: "Renseignements :
    # Service de communication, Police cantonale, tél. 027 ...", "Auskünfte: Pressestelle, Tel. ..." (a local
    # story's "Renseignements : 06 12 ..." for an event names no press office)
    r"^(?:renseignements|auskünfte|informazioni|información|informações|information)\s*:\s*(?=[^!?]{0,80}?\b(?:communication|presse|médias|medien|pressestelle|pressesprecher\w*|mediensprecher\w*|stampa|prensa|comunicación|imprensa|comunicação|press|media)\b)[^!?]{0,100}?(?:@\S+|\d{2,5}[ /.-]?\d{2,}[\d /.-]{2,16})[^!?]{0,60}$",
    r"^contactos? (?:para a|de|para la) (?:imprensa|prensa)\s*:?.{0,80}$",
    r"^[—–]\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3},\s+(?:[\p{L}-]+\s){0,2}(?:editor|reporter|writer|correspondent|columnist)\b.{0,40}$",
    r"^\((?:[a-z]{2,4},\s*)?(?:apa|dpa|afp|ap|sda|kna|epd|ats|ansa|efe|lusa)\)$",
    r"^.{3,80}\s+contributed\s+(?:reporting|to\s+this\s+(?:report|story))\b.{0,60}$",
    r"^(?:media contact|press contact|press office|contact presse|contact média|contacto de prensa|contacto para medios|contato para imprensa|contato de imprensa|pressekontakt|pressestelle|contatto stampa|ufficio stampa|perscontact|persvoorlichting)\s*(?::.{0,80})?$",
    # the article's maker named after a role and a colon: "Words: Callum Brayshaw", "Forecaster: Bethany Quill",
    # "Commentary: Niamh Keane at Ballinagh Park", "Text: Isla Munro-Kerr", a US paper's "Contributing: Marcus
    # Bell, Millbrook Courier" under the story; a name of two to four capitalised words or a staff role ("Words: Staff reporter")
    r"^(?:words|text|texto|texte|testo|tekst|forecaster|commentary|contributing|contributors|contributions from|medizinisch geprüft von|fachlich geprüft von|relu par|revisado por|reviewed by)\s*:?\s+(?:(?:le|la|el|der|die)\s+)?(?:(?:dr|prof)\.?\s+)?(?:(?-i:\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})|staff (?:reporter|writer|correspondent))(?:\s+(?:at|in|à|en|em|in der|im)\s+\S.{0,40}|,\s*[^.]{1,60})?$",
    # a republished article's source: "This story was originally published by the Kellerman Weekly and is
    # republished with permission", "Originally published on ...", "Dieser Artikel erschien zuerst ..."
    r"^(?:this (?:story|article|piece|report|post|column)|it) (?:was |is )?(?:originally |first )(?:published|appeared|ran)\b.{0,200}$",
    r"^(?:originally|first) (?:published|appeared|ran) (?:on|in|by|at)\b.{0,160}$",
    r"^(?:republished|reproduced|reprinted) (?:here )?(?:with|by) (?:kind )?permission\b.{0,160}$",
    r"^(?:dieser|der) (?:artikel|beitrag|text) (?:erschien|ist) (?:zuerst|ursprünglich|erstmals)\b.{0,200}$",
    r"^(?:este|el) (?:artículo|texto|reportaje) (?:se publicó|fue publicado|apareció) (?:originalmente|primero|inicialmente)\b.{0,200}$",
    r"^(?:questo|l['’]) ?(?:articolo|testo) è (?:stato )?(?:pubblicato |apparso )?(?:originariamente|inizialmente|per la prima volta)\b.{0,200}$",
    r"^(?:cet article|ce texte|cet entretien) a (?:d['’]abord|initialement|originellement|originalement) été publié\b.{0,200}$",
    r"^(?:este artigo|esta reportagem|este texto) foi (?:originalmente|inicialmente) publicad[oa]\b.{0,200}$",
    r"^(?:dit artikel|dit stuk) verscheen (?:eerder|eerst|oorspronkelijk)\b.{0,200}$",
    # "About the author: Jane Roe taught ...": a bio under its own label
    r"^(?:about the author|about the writer|sobre el autor|sobre la autora|sobre o autor|sobre a autora|über den autor|über die autorin|à propos de l['’]auteur|l['’]autore)\s*:\s+\S.{0,400}$",
    r"^(?:author of the article|about the author|sobre el autor|sobre la autora|sobre o autor|sobre a autora|über den autor|über die autorin|zum autor|zur autorin|à propos de l['’]auteur|l['’]auteur|l['’]autrice)\s*:?$",
    r"^(?:redacción|redação|redacção|redazione|redactie|redaktion|rédaction)(?:\s+\p{Lu}[\p{L}\p{M}' -]{1,40})?\.?$",
    # a contributor's line: "Special to the Gazette", "From our correspondent in Valparaíso", the data or the
    # help credited under a colon: "Daten: Elias Okonjo", "Współpraca: Anna Mrozek"
    r"^special to (?:the )?(?-i:\p{Lu})[\p{L}'’&. -]{1,40}$",
    r"^from (?:our|the) (?:own |special )?(?:correspondent|reporter|bureau)s?\b[^.!?]{0,60}$",
    r"^(?:daten|data|datos|données|dados|dati|współpraca|mitarbeit|colaboración|collaborazione|colaboração)\s*:\s+(?-i:\p{Lu})[\p{L}'’.-]+(?:\s+(?-i:\p{Lu})[\p{L}'’.-]+){1,3}(?:\s*(?:,|\bund\b|\band\b|\by\b|\bet\b|\be\b|\bi\b)\s*(?-i:\p{Lu})[\p{L}'’.-]+(?:\s+(?-i:\p{Lu})[\p{L}'’.-]+){1,3})?$",
    r"^(?:contact|reach|email|e-mail|write to|call)\s+\S.{0,80}(?:@\S+|\b\d{3}[-. ]\d{3,4}[-. ]?\d{0,4}\b).{0,60}$",
    r"^(?:aufgezeichnet von|interview:|entrevista de|propos recueillis par|entrevista:)\s+\S.{0,60}$",
    # (German capitalises nouns: the interviewer's name, two to four words, ends the line; not "Das Gespräch führte zu ...")
    r"^das\s+(?:gespräch|interview)\s+führten?\s+(?-i:\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})(?:\s+und\s+(?-i:\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}))?\.?$",
    # the data desk and the interviewer in the byline block: "Data by Greg Tolland", "Graphics by ...",
    # "Беседовала Мария Лунёва"
    r"^(?:data|graphics?|charts?|maps?|data analysis) by\s+(?-i:\p{Lu})[\p{L}'’.-]+(?:\s+(?-i:\p{Lu})[\p{L}'’.-]+){0,3}(?:\s*(?:,|and|&)\s*\S.{0,60})?$",
    r"^(?:беседовал[аи]?|записал[аи]?|интервью записал[аи]?)\s+(?-i:\p{Lu})[\p{L}.-]+(?:\s+(?-i:\p{Lu})[\p{L}.-]+){0,2}$",
    # a blog post's author line in the Nordic languages, Dutch, Polish and German: "Skrevet af Mette
    # Holm den 3. december 2026", "Publicerad av ...", "Geplaatst door ...", "Dodane przez ..."
    # (the name right after, capitalised: not "Skrevet af frivillige ...")
    r"^(?:skrevet|udgivet|indsendt|postet|publiceret|skriven|skrivet|publicerad|postad|publisert|geschreven|gepubliceerd|gepost|napisane|opublikowane|dodane|verfasst|gepostet)\s+(?:af|av|door|przez|von)\s+(?-i:\p{Lu})[\p{L}'’.-]+.{0,100}$",
    r"^.{0,60}\b(?:posted by|published by|written by|publicado por|escrito por|veröffentlicht von|geschrieben von|publié par|écrit par|pubblicato da|scritto da|geplaatst door)\b.{0,120}$",
    # (after a dash too, the way Philippine papers sign the reporters who helped: "— with a report from Jerome Salcedo")
    r"^(?:\(|[—–-])?\s*(?:with|w/)\s+(?:inputs?|files|a report|reports|reporting|additional reporting|material|wires?)\s+from\b.{1,80}$",
    r"^.{3,80}\s+contributed\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article)\.?\)?$",
    r"^(?:[\p{Lu}][\p{L}&'.-]*\s+){0,4}(?i:desk|team|staff|staff reporters?|reporters?|correspondents?|bureau|newsroom|news service|wire)$",
    r"^\(?(?:source|sources|quelle|fuente|fonte|source\s*:)\s*:?\s*(?:AP|AFP|Reuters|PTI|ANI|IANS|dpa|EFE|Lusa|ANSA|agencies|agencias|agências)\b.{0,40}$",
    r"^(?:com|con|avec|mit|met)\s+(?:a\s+|la\s+|l'|l’)?(?:Reuters|AP|AFP|EFE|Lusa|ANSA|dpa|Bloomberg|agências|agencias|agences|Agência\s+\p{L}+|Estadão\s+Conteúdo|Folhapress|Europa\s+Press)\b.{0,40}$",
    r"^\((?:ats|afp|ap|dpa|apa|sda|efe|lusa|ansa|belga|reuters|kna|epd|anp|ats-afp|afp-ats|pti|ani)(?:\s*[/,-]\s*\p{L}{1,6}){0,3}\)\.?$",
    # ... with the writer's initials first: "(lzb/sda)", "(mm/dpa)"
    r"^\((?:\p{L}{2,6}\s*/\s*){1,3}(?:ats|afp|ap|dpa|apa|sda|efe|lusa|ansa|belga|reuters|kna|epd|anp|pti|ani)\)\.?$",
    # one maker for the words and the pictures: "Text und Fotos: Andrea Huber", "Texto y fotos: ...", "Texte et photos : ..."
    r"^(?:text (?:und|&) (?:fotos?|bilder?)|texto y fotos?|texto e fotos?|texte et photos?|testo e foto|tekst en foto['’]?s|tekst i zdjęcia|words and pictures)\s*:\s+(?-i:\p{Lu})[\p{L}'’.-]+(?:\s+(?-i:\p{Lu})[\p{L}'’.-]+){0,3}$",
]

#: a gallery or media player's marker on its own line ("Image 3 of 12", "Bild 1 von 4",
#: "Open this photo in gallery:", "▶ 0:58"): the line under it describes the picture. A bare
#: counter ("1 / 4") is left out: carousels print it under the caption, above the lead
PHOTO_MARKER_PATTERNS: list[str] = [
    r"^(?:image|photo|picture|pic|slide|gallery|foto|fotos|bild|bilde|billede|imagen|imagem|immagine|diapositive|afbeelding|zdjęcie|фото)\s*\d{1,3}\s*(?:of|von|de|di|sur|van|av|af|dari|z|из|/)\s*\d{1,3}\b.{0,12}$",
    r"^(?:open this photo in gallery|enlarge this image|view full image|expand image|bild vergrößern|ver imagen|ampliar imagen|agrandir l['’]image|ampliar imagem|ingrandisci)\s*:?$",
    r"^[▶►]\s*\d{1,2}:\d{2}$",
    # a gallery's button with its count of pictures: "Bildergalerie (24 Bilder)", "Diaporama : 12 photos"
    r"^(?:bildergalerie|fotogalerie|fotostrecke|bilderstrecke|galerie|galerie photos|diaporama|galería|galería de fotos|galeria|galeria de fotos|galleria|fotogallery|photo gallery|gallery)\s*[(:–-]?\s*\d{1,3}\s*(?:bilder|fotos|photos|images|imágenes|imagens|immagini|foto|pictures|pics)\)?$",
]

#: month names, for date lines
MONTHS: list[str] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december", "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre", "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro", "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "oktober",
    # Swedish, Danish and Norwegian where they differ from the above ("12. marts 2026", "3 maj 2026")
    "maj", "augusti", "marts", "desember"]


#: months' abbreviations in other languages than English, in date lines ("19 Fev 2027", "3 dic 2026",
#: "12 janv. 2027"); none that is a word too ("out", "set", "mag", "gen")
MONTH_ABBREVIATIONS: list[str] = ["ene", "abr", "ago", "fev", "dez", "giu", "lug", "ott", "janv", "févr", "avr", "juil", "déc", "okt", "mär", "sett"]

WEEKDAYS: list[str] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]

# --------------------------------------------------------------------- caption
#: credit words: "Photo: AP", "Foto: dpa", "Image credit: X"
CREDIT_WORDS: list[str] = [
    "photo", "photos", "photograph", "photography", "picture", "pictures", "pic", "image", "images", "img",
    "video", "graphic", "graphics", "illustration", "file photo", "file image", "photo credit", "image credit",
    "image source", "picture credit", "credit", "credits", "source", "courtesy", "photo courtesy",
    "foto", "fotos", "bild", "bilder", "grafik", "quelle", "bildquelle", "fotografía", "imagen", "imágenes",
    "crédito", "créditos", "foto de archivo", "crédit", "crédits", "crédit photo", "illustration", "capture d'écran",
    "fotografia", "imagem", "divulgação", "reprodução", "arquivo", "immagine", "fotografie", "beeld",
    "archivbild", "archivfoto", "symbolbild", "bildunterschrift", "bildquelle", "foto de archivo", "pie de foto",
    "légende", "photo d'illustration", "illustration", "foto ilustrativa", "legenda", "didascalia", "photographs",
    "picture by", "photo by", "photograph by", "pictured",
    "ilustración", "ilustração", "illustrazione", "gráfico", "gráfica", "grafico", "chart", "infographic",
    "infografía", "infographie", "infografik", "infografica", "infográfico", "gallery", "photo gallery", "galerie",
    "galería", "galeria", "galleria", "fotogalería", "fotogalerie", "fotogaleria", "diaporama",
    # a gallery's title over its first picture: "Bildergalerie: So sieht ...", "Fotogallery: il lago ..."
    "bildergalerie", "bilderstrecke", "fotostrecke", "fotogallery", "photogallery",
    "фото", "фотография", "иллюстрация", "zdjęcie", "zdjęcia", "fotoğraf", "görsel",
    "visualisierung", "visualisation", "visualization", "rendering",
    # a drawing's credit, the court sketch's above all: "Croquis d'audience : H. D.", "Zeichnung: Jana Roe"
    "sketch", "courtroom sketch", "court sketch", "drawing", "croquis", "croquis d'audience", "dessin",
    "dessin d'audience", "zeichnung", "gerichtszeichnung", "dibujo", "desenho", "disegno",
    # a source's word ("... en puntos. Fuente: Bolsa de Valores") and a screen capture's
    "fuente", "fonte", "bron", "źródło", "kaynak", "источник", "kilde", "källa",
    "screenshot", "screengrab", "captura de pantalla", "bildschirmfoto", "zrzut ekranu", "ekran görüntüsü", "скриншот",
]

#: photo agencies and photo credits that end a caption ("... - Reuters", "(Getty Images)")
PHOTO_SOURCES: list[str] = [*AGENCIES[:40],
    "Getty", "Getty Images", "Shutterstock", "iStock", "iStockphoto", "Alamy", "EPA", "EPA-EFE", "AP Photo",
    "Reuters/File", "AP/File", "PTI/File", "File", "Handout", "Supplied", "Instagram", "X", "Twitter",
    "Facebook", "YouTube", "Wikimedia Commons", "Wikimedia", "Unsplash", "Pexels", "NurPhoto", "SOPA Images",
    "Imago", "picture alliance", "picture-alliance", "Keystone", "Sipa", "Hans Lucas", "Abaca", "Gamma",
    "Bloomberg via Getty Images", "WireImage", "Pool", "Pool/AFP", "ZUMA", "Zuma Press", "LightRocket",
    "dpa-Bildfunk", "Europa Press", "Agência O Globo", "Folhapress", "Divulgação", "Reprodução",
    "Archivo", "Archiv", "archives", "Screenshot", "Screengrab", "Captura", "iStock/Getty Images",
    # celebrity and regional photo agencies
    "MEGA", "BACKGRID", "Splash News", "DHA", "İHA", "Anadolu", "Anadolu Ajansı", "ABACA", "TASS", "ТАСС", "РИА Новости",
]

#: a credit closing a photo's description, after its sentence: "... on Friday. (File photo)",
#: "... bridge. Photo / Hemi Tautahi", "... Strohmünde. Bildrechte: WLR/S. Loehr", "... Fayonvaux.
#: © Julien Marchal", "... on Thursday. (WKRV)", "... Alcornia. ÁNGEL MURCIANO" (one pattern per form;
#: every language's credit words are in :data:`CREDIT_WORDS`, read by the first form; a link,
#: "pic.twitter.com/...", closing an embedded post is no credit)
CAPTION_TAIL_PATTERNS: dict[str, str] = {
    # a credit word, maybe after a short source name, then the source: "(Herald file photo)",
    # "Photo by Callum Rook", "PHOTO | NJERI MUTUA", "(AW Photo/Nina Paulsen)", "Foto: D.R."
    "credit_word": r"[(—–-]?\s*(?:[\p{L}.'’-]+\s+){0,3}(?i:{credit}|bildrechte|visualisierung|rendering|arte)\b(?!\.\w)(?:\s*(?::|/|\||by\b|por\b|par\b|von\b|di\b)?\s*[^!?()]{0,60}?)?\)?",
    # "© privat", "© Vélo Images"
    # (a name's abbreviation may hold a full stop: "© Diözese St. Wolfgang/Gruber", "© P. Ravenel")
    "copyright": r"©\s*\S(?:[^.!?]|(?<=(?:^|[\s(/])(?:\p{Lu}|St|Ste|Sta|Dr|Mt))\.){0,50}",
    # a broadcaster's call sign or a submitted or archive picture: "(WKRV)", "(Submitted by X)", "(Archivo)"
    "parenthesis": r"\((?:\p{Lu}{3,6}|(?i:submitted by|supplied by|archivo|archivio|arquivo|archiv|archive)\b[^()]{0,50}|(?:[\p{L}\d'’.-]+\s+){1,3}(?i:archive|archives|archiv|file photo|photo))\)",
    # a source's capitalised name of two to four words in brackets: "(Cascadia Power)", "(News 12
    # Cascadia)" (one word, "(Laughter)", is a transcript's note)
    "paren_name": r"\(\p{Lu}[\p{L}\d&'’.-]*(?:\s(?:\p{Lu}[\p{L}\d&'’.-]*|\d{1,3})){1,3}\)",
    # the photographer and the paper after a slash, in brackets: "(Luisa Ferrando / Marlow Standard)",
    # "(WPL/Sportzcam)", "(ANTARA/Yoga Pratama)", "(P. Ravenel/Icon Sport)",
    # "[File, Standard-Post]", "[Courtesy of the family]"
    "bracket_name": r"\(\p{Lu}[\p{L}\d&'’.-]*(?:\s+[\p{Lu}\d][\p{L}\d&'’.-]*){0,3}\s?/\s?\p{Lu}[^()]{1,50}\)|\[(?i:file|archive|courtesy|photo|foto|handout)\b[^\[\]]{0,50}\]",
    # a wire's credit, the agency in capitals and the photographer after slashes:
    # "REUTERS/Jane Roe/File Photo", "NASA/ESA", "... Purchase Licensing Rights" (a wire's link)
    "wire_slash": r"\p{Lu}[\p{Lu}&.-]{2,}(?:\s?/\s?[\p{L}\p{M}.'’-]+(?:\s[\p{L}\p{M}.'’-]+){0,3}){1,3}(?:\s(?i:purchase licensing rights))?",
    # a source's name, a slash and the photographer's first and last names: "Meridian/Petra Lindqvist"
    "name_slash": r"\p{Lu}\p{Ll}+/\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{L}'’-]+){1,2}",
    # a credit word's abbreviation and the source: "Fot. FotoSport24" (pl), "Dok. Istimewa" (id)
    "abbreviation": r"(?i:fot|dok)\.\s?\p{Lu}[^.!?()]{0,50}",
    # a photographer's name in capitals: "ÁNGEL MURCIANO", "DR"
    "capitals": r"\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,3}",
    # a picture supplied or posted by someone, in brackets: "(Supplied: Kirsty Nguyen)",
    # "(Instagram/tundebakare)", "(Courtesy: the family)"
    "paren_supplied": r"\((?i:supplied|submitted|courtesy|instagram|facebook|tiktok|x|twitter)\s?[:/]\s?@?[^()/:]{2,40}\)",
}

#: a picture given by someone, alone on a line: "Imagen cedida por la Guardia Civil", "Foto concessa
#: da ...", "Per gentile concessione di ...", "Foto: von der Familie zur Verfügung gestellt", "Image
#: courtesy of the family" (``caption.courtesy``); a sentence of the story that says so has a verb
#: before ("Die Stadt hat 5000 Euro zur Verfügung gestellt.")
CAPTION_COURTESY: dict[str, str] = {
    "es": r"(?:imagen|imágenes|foto|fotos|fotografía|fotografías|vídeo)\s(?:cedid[oa]s?|facilitad[oa]s?)\s(?:por|a)\s",
    "pt": r"(?:imagem|imagens|foto|fotos|fotografia|vídeo)\s(?:cedid[oa]s?|gentilmente\scedid[oa]s?)\s(?:por|pel[oa]s?)\s",
    "it": r"(?:(?:foto|immagine|immagini|video)\s(?:gentilmente\s)?concess[ae]\s(?:da|dal|dalla|dai|dagli|dalle)|(?:foto\s)?per\sgentile\sconcessione)\s",
    "de": r"(?:(?:foto|fotos|bild|bilder)\s?:?\s)?(?:von|vom)\s.{2,40}\szur\sVerfügung\sgestellt\.?$",
    "fr": r"(?:photo|photos|image|images)\s(?:fournie|fournies|transmise|transmises|communiquée|communiquées)\spar\s",
    # ... or "Photo submitted by Kâkîsimowin Cree Nation", "Image supplied by the family": then the
    # whole line, no sentence's end ("Photos submitted by residents show the flooding." is the story's)
    "en": r"(?:image|images|photo|photos|picture|pictures|photograph)\s(?:courtesy\sof\s|(?:submitted|supplied|provided|contributed)\sby\s[^.!?]{2,60}$)",
    "nl": r"(?:foto|beeld)\s(?:aangeleverd|beschikbaar\sgesteld)\sdoor\s",
}

#: where a picture or a graphic was taken from, alone on a short line (``caption.source_credit``): a
#: screen capture's source ("Screenshot da Facebook", "Screenshot of a post on X", "Capture d'écran de X", "Captura de pantalla de
#: YouTube", "Bildschirmfoto von ..."), a picture taken from somewhere ("Imagen tomada de ...", "Foto
#: tratta da Instagram") or a graphic made from someone's data ("Infographie X, d'après INSEE",
#: "Grafik: ..., nach Angaben des ...", "Infografica su dati Istat"); no sentence's end
CAPTION_SOURCE_CREDITS: dict[str, str] = {
    "en": r"(?:screenshot|screengrab|screen\sgrab|still)\s(?:taken\s)?(?:from|via)\s|(?:screenshot|screengrab|screen\sgrab)s?\sof\s|(?:image|photo|footage|video)\svia\s|(?:graphic|chart|map|infographic)\b[^.]{0,40}?,?\s(?:based\son|using)\s",
    "de": r"(?:screenshot|bildschirmfoto|standbild)\s(?:von|vom|aus)\s|(?:grafik|karte|infografik)\b[^.]{0,40}?,?\s(?:nach|laut)\s(?:angaben|daten|zahlen)\b",
    "fr": r"captures?\sd['’]écran\s(?:de|du|des|d['’])|(?:image|images|photo|photos|vidéo)\s(?:extraite?s?|tirée?s?)\s(?:de|du|des|d['’])|(?:infographie|graphique|carte)\b[^.]{0,40}?,?\sd['’]après\s",
    "es": r"captura(?:\sde\spantalla)?\s(?:de|del)\s|(?:imagen|imágenes|foto|fotos|vídeo)\s(?:tomad[oa]s?|extraíd[oa]s?)\s(?:de|del)\s|(?:infografía|gráfico|mapa)\b[^.]{0,40}?,?\s(?:según|con)\sdatos\b",
    "pt": r"captura\sde\s(?:tela|ecrã)\s(?:de|do|da|dos|das)\s|(?:imagem|imagens|foto|fotos|vídeo)\s(?:retirad[oa]s?|extraíd[oa]s?)\s(?:de|do|da|dos|das)\s|(?:infografia|infográfico|gráfico|mapa)\b[^.]{0,40}?,?\s(?:com\sbase\sem|segundo)\sdados\b",
    "it": r"(?:screenshot|fermo\simmagine)\s(?:tratt[aoei]\s)?(?:da|dal|dalla|dai|dagli|dalle|dall['’])|(?:immagine|immagini|foto|video)\stratt[aoei]\s(?:da|dal|dalla|dai|dagli|dalle|dall['’])|(?:infografica|grafico|mappa)\b[^.]{0,40}?,?\ssu\sdati\b",
}

#: an uncredited photo caption standing in the text flow, told by its shape (``caption.scene.NAME``,
#: :func:`~newsclean.detectors.rules.caption.detect_scenes`); each is one short sentence with no
#: quote and no reporting verb. A person, the age, then where the picture shows them, with no verb:
#: "Driver Carl Whitby, 54, at the depot on Monday.", "Jens Hartwig (51) am Montag im Betriebshof.",
#: "Karim Benaissa, 44 ans, devant le dépôt.", "Ramón Sáez, de 81 años, junto a su casa." (a story
#: goes on with a verb: "Carl Whitby, 54, said ...")
CAPTION_PERSON_AGE: dict[str, str] = {
    "en": r",\s\d{1,3},\s(?:at|in|on|outside|inside|with|beside|near|by|during|in front of|behind|among)\s",
    "de": r"\s\(\d{1,3}\),?\s(?:am|im|in|an|auf|vor|mit|beim|bei|neben|hinter|nach|während|zwischen)\s",
    "nl": r"\s\(\d{1,3}\),?\s(?:bij|in|op|voor|met|naast|aan|achter|tijdens)\s",
    "id": r"\s\(\d{1,3}\),?\s(?:di|saat|bersama|ketika)\s",
    "sv": r",\s\d{1,3},\s(?:på|i|vid|med|utanför|framför|bredvid)\s",
    "da": r",\s\d{1,3},\s(?:på|i|ved|med|foran|udenfor|uden for)\s",
    "fr": r",\s\d{1,3}\sans,\s(?:dans|devant|sur|à|au|aux|chez|avec|lors|près|derrière)\s",
    "es": r",\s(?:de\s)?\d{1,3}\saños,\s(?:en|junto|frente|ante|con|delante|durante|sobre|al|a\sla)\s",
    "pt": r",\s(?:de\s)?\d{1,3}\sanos,\s(?:à|na|no|nas|nos|em|junto|diante|com|ao|frente)\s",
    "it": r",\s\d{1,3}\sanni,\s(?:davanti|nel|nella|in|a|al|alla|con|accanto|sul|sulla|dentro|vicino|tra|fra)\s",
    "pl": r",\s\d{1,3}\slat[a]?,\s(?:przy|na|w|we|przed|obok|z|ze|pod|nad)\s",
    "ru": r",\s\d{1,3}\s(?:год|года|лет),\s(?:за|у|на|в|во|возле|рядом|перед|около|с)\s",
}
#: the time of the picture after a comma closes a verbless scene: "La place du Marché, lundi
#: matin.", "Bygdegården i Norrbacka, onsdag kväll.", "El campanario, el sábado.", "Jalan
#: Pelabuhan Lama, Selasa pagi." (a story's sentence puts its day inside the clause: "... a
#: déclaré lundi.")
CAPTION_DAY_TAIL: str = (
    r",\s(?i:(?:le|el|on|am|we|w|na|no|il|la|ce|op|i|på|early|late)\s)?"
    r"(?i:{weekday})(?i:{parts})?"
    r"(?:\s[\p{L}-]+){0,3}[.]?$"
)
#: a part of the day written as one word with its weekday: "Dienstagabend", "dinsdagochtend"
CAPTION_DAY_PARTS: str = "morgen|vormittag|mittag|nachmittag|abend|nacht|ochtend|middag|avond|morgon|kväll|eftermiddag|aften"
#: a view of a place or thing dated by its year, no verb: "The Skerrin Maid at the slipway, 1998.",
#: "Treppenhaus, Nordstadt, 1971.", "Çarşı kubbeleri, Ocak 1975.", "Fylkesvei 714 ved Lindvika,
#: sommeren 2019.", "The mill, pictured in 1958."
CAPTION_DATED_VIEW: str = (
    r"[^\d\s],\s(?:(?i:pictured|photographed|seen|vista|visto|vue|vu|gesehen)\s)?"
    r"(?:(?i:in|en|em|im|nel|w|i)\s)?(?:\p{L}+\s)?(?:1[89]|20)\d{2}s?[.]?$"
)

#: a person named (first and last name, maybe after a role: "Cafe owner Ines Barreto") right
#: before where the picture shows them, and no verb: "Hana Vokes at the kitchen table where she
#: wrote the book.", "Renate Kübler mit ihrem Kuchen vor dem Vereinsheim.", "Odile Marchetti
#: dans la cour du château, où ..." (``caption.scene.person_place``); the prepositions by language
CAPTION_PERSON_PREPS: dict[str, str] = {
    "en": "at|in|on|outside|inside|with|beside|near|behind|among|by|during|in front of",
    "de": "beim|bei|mit|vor|im|am|in|auf|an|neben|hinter|zwischen|unter|über",
    "fr": "dans|devant|sur|à|au|aux|chez|avec|lors|près|derrière|sous|entre",
    "es": "en|junto|frente|ante|con|delante|durante|sobre|al|tras",
    "pt": "na|no|nas|nos|em|junto|diante|com|ao|à|frente|durante",
    "it": "nel|nella|nei|nelle|davanti|con|al|alla|sul|sulla|accanto|dentro|durante|tra|fra|in|a",
    "nl": "bij|in|op|voor|met|naast|aan|achter|tijdens",
    "sv": "på|i|vid|med|utanför|framför|bredvid",
    "da": "på|i|ved|med|foran|uden for",
    "no": "på|i|ved|med|foran|utenfor",
    "pl": "przy|na|w|we|przed|obok|z|ze|pod|nad",
    "id": "di|saat|bersama|ketika",
}
#: the particles of a surname in lower case, between the parts of a person's name (``caption.scene.person_place``):
#: "Topman Marloes van der Wal bij de presentatie ...", "Maria da Conceição à porta da loja, ..."; not German's
#: "der"/"den", articles before its capitalised nouns ("Weil der Hydrant in der Hofstraße ...")
CAPTION_NAME_PARTICLES: dict[str, str] = {
    "nl": "van|der|den|ter|te|de",
    "pt": "da|do|dos|das|de",
    "es": "de|del",
    "it": "di|de|del|della",
    "fr": "de|du|d'",
    "de": "von|zu|vom",
}
#: a person named (maybe after role words: "Harbour master Bryn Tallack", "Kreisbrandmeister Holger
#: Vesper (links)", "Jonah Pell, 31,") doing what the picture shows, in the present tense, one
#: sentence and no other verb (``caption.scene.person_action``): "Tom Feathergill checks moisture
#: levels in his grain store.", "Lukas Ried trägt die Milchkannen zur Seilbahn hinunter.", "Samuel
#: Okafor celebra uno de sus triples."; English reads any verb in "-s" but those of a story's
#: present (:data:`CAPTION_STORY_PRESENT_EN`: "Tom Ellery, 62, runs the bakery"), the other
#: languages the verbs of a picture's moment (a story tells its action in the past: "Kelvin Rocha
#: abriu o marcador")
CAPTION_ACTION_VERBS: dict[str, str] = {
    "en": r"\p{Ll}{3,}s",
    "de": r"zeigt|hält|prüft|trägt|verfolgt|bespricht|jubelt|feiert|begutachtet|kontrolliert|treibt|reißt|repariert|füllt|packt|räumt|erntet|präsentiert|posiert|überreicht|begrüßt|umarmt|sortiert|schiebt|hebt|reinigt|misst|streichelt|füttert|schneidet",
    "fr": r"frappe|attaque|dribble|smashe|devance|conduit|déborde|montre|célèbre|pose|vérifie|façonne|observe|tient|inspecte|examine|repique|prépare|répare|salue|brandit|range|trie|nettoie|contrôle|embrasse|félicite|exulte|savoure",
    "es": r"arma|remata|cabecea|disputa|conduce|ataca|bloquea|encesta|controla|despeja|dispara|celebra|muestra|observa|posa|sostiene|revisa|saluda|sujeta|coloca|limpia|recoge|inspecciona|festeja|enseña|levanta|abraza|ordena|examina",
    "pt": r"remata|cabeceia|disputa|conduz|ataca|bloqueia|controla|dispara|cruza|mostra|festeja|comemora|arruma|observa|segura|posa|exibe|verifica|cumprimenta|abraça|limpa|recolhe|inspeciona|lamenta|carrega|examina",
    "it": r"calcia|colpisce|contrasta|conduce|attacca|schiaccia|stoppa|dribbla|mostra|sistema|festeggia|osserva|taglia|esulta|controlla|saluta|posa|abbraccia|pulisce|raccoglie|ispeziona|esamina|sorregge",
    "nl": r"zet|toont|houdt|juicht|viert|controleert|inspecteert|bekijkt|repareert|poseert|sorteert|begroet|omhelst",
    "sv": r"visar|håller|firar|kontrollerar|inspekterar|jublar|granskar|packar|bär|sorterar",
    "da": r"viser|holder|fejrer|kontrollerer|inspicerer|jubler|bærer|sorterer",
    "no": r"viser|holder|feirer|kontrollerer|inspiserer|jubler|bærer|sorterer",
    "pl": r"pokazuje|trzyma|świętuje|sprawdza|ogląda|prezentuje|naprawia|układa|niesie",
    "id": r"menunjukkan|memeriksa|merayakan|mengevakuasi|membersihkan|memperlihatkan|berpose|menyapa|memberikan|membacakan|mendengarkan|menyaksikan",
}
#: English verbs in "-s" that tell the story's present, no picture's moment
CAPTION_STORY_PRESENT_EN: str = (
    r"says|adds|explains|tells|believes|thinks|wants|hopes|is|has|was|does|agrees|admits|insists|argues|warns|notes"
    r"|recalls|remembers|knows|expects|plans|lives|works|runs|owns|serves|manages|plays|teaches|studies|represents"
    r"|chairs|heads|earns|needs|faces|spends|seems|appears|becomes|remains|likes|loves|hates|feels|means|includes"
    r"|contains|costs|takes|gets|makes|goes|comes|sees|finds|gives|keeps|uses|asks|issues|describes|suggests|claims"
    r"|denies|accepts|rejects|joins|leaves|returns|starts|begins|ends|opens|closes|wins|loses|signs|replaces|succeeds"
    r"|intends|doubts|fears|worries|calls|urges|demands|receives|owes|pays|sells|buys"
    # a show's or a station's schedule: "Harrow Point streams new episodes on Sundays."
    r"|streams|airs|broadcasts|premieres"
)

#: ... and the verbs that make the line a sentence of the story (auxiliaries, modals, "said", the
#: pronouns that point back into it), read up to the first comma or relative clause ("..., where
#: she wrote the book" is the caption's); English reads :data:`CAPTION_SCENE_NOT` and
#: :data:`CAPTION_SCENE_PAST`
CAPTION_CLAUSE_VERBS: dict[str, str] = {
    "de": r"ist|sind|hat|haben|wird|werden|war|waren|wurde|wurden|soll|sollen|kann|können|muss|müssen|will|sagt|sagte|erklärt|erklärte|berichtet|er|sie|es|wir|ich",
    "fr": r"est|sont|a|ont|était|étaient|sera|seront|fut|va|vont|peut|peuvent|doit|doivent|il|elle|ils|elles|nous|je|on|dit|déclaré|explique|affirme"
    # the present of verbs that describe a place in a home or a town ("La cuisine tient sur un seul mur."),
    # no picture's moment
    r"|tient|tiennent|reste|restent|occupe|occupent|abrite|abritent|mesure|mesurent|donne|donnent|devient|semble",
    "es": r"es|son|ha|han|fue|fueron|era|eran|será|está|están|estaba|puede|pueden|debe|deben|dijo|dice|explicó|afirmó|él|ella|ellos",
    "pt": r"é|são|foi|foram|era|eram|será|está|estão|tem|têm|pode|podem|deve|devem|disse|diz|ele|ela|eles",
    "it": r"è|sono|ha|hanno|era|erano|sarà|fu|può|possono|deve|devono|dice|spiega|lui|lei|loro",
    "nl": r"is|zijn|heeft|hebben|was|waren|wordt|werd|werden|zal|kan|kunnen|moet|moeten|zegt|zei|hij|zij|ze|wij|ik",
    "sv": r"är|var|har|hade|blir|blev|ska|kan|måste|säger|sa|han|hon|de|vi|jag",
    "da": r"er|var|har|havde|bliver|blev|skal|kan|må|siger|sagde|han|hun|de|vi|jeg",
    "no": r"er|var|har|hadde|blir|ble|skal|kan|må|sier|sa|han|hun|de|vi|jeg",
    "pl": r"jest|są|był|była|było|byli|będzie|ma|mają|może|musi|powiedział|powiedziała|mówi|on|ona|oni",
    "id": r"adalah|telah|sudah|akan|sedang|bisa|dapat|harus|kata|mengatakan|ia|dia|mereka|kami",
}
#: a person's title abbreviated before the name: its full stop ends no sentence ("Dr. Helga Zirngibl")
NAME_TITLE_ABBREVIATIONS: list[str] = [
    "Dr", "Prof", "Mr", "Mrs", "Ms", "St", "Jr", "Sr", "Dott", "Sig", "Mme", "Mlle", "Hr", "Fr", "Ing", "Mag", "Capt", "Gen", "Sgt", "Lt", "Col", "Rev",
]
#: a Japanese photo's description closes with "＝", the picture's day (maybe its hour) and its place:
#: "...村瀬孝之さん（68）＝7日午前、朝霧町", "...＝2025年5月3日、本社ヘリから"; an exchange rate
#: ("1ドル＝150円") names no day (``caption.photo_date_tail``)
CAPTION_PHOTO_DATE_TAIL: str = (
    r"[^＝\s]＝(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:午前|午後|未明|早朝|朝|昼|夕方|夜)?(?:\d{1,2}時(?:\d{1,2}分)?ごろ?)?"
    r"(?:、[^。、＝]{1,20})?$"
)
#: a verbless scene in Spanish, Italian, French or Portuguese: the subject after its article, in at
#: most three words, then only phrases opened by a preposition or a comma, each of at most three
#: words after its article, to the full stop: "La sala de vistas durante la proyección de las
#: grabaciones.", "Il torrente Rovaio in piena durante l'ondata di maltempo di novembre.", "Le
#: bâtiment principal de la filature, fermée depuis 1994." (``caption.scene.verbless``); the articles
#: and the prepositions by language (a word of a phrase is neither)
CAPTION_VERBLESS_ARTICLES: dict[str, str] = {
    "es": "el|la|los|las|un|una|unos|unas|su|sus|este|esta|estos|estas",
    "it": "il|lo|la|i|gli|le|un|uno|una|l'|un'|suo|sua|suoi|sue",
    "fr": "le|la|les|un|une|des|l'|son|sa|ses|leur|leurs|ce|cet|cette|ces",
    "pt": "o|a|os|as|um|uma|uns|umas|seu|sua|seus|suas|este|esta|estes|estas",
}
CAPTION_VERBLESS_PREPS: dict[str, str] = {
    "es": "de|del|en|junto a|frente a|ante|con|delante de|durante|sobre|al|a|tras|desde|bajo|entre|hacia|por|cerca de",
    "it": "di|del|della|dei|degli|delle|dello|dell'|nel|nella|nei|nelle|nell'|davanti a|davanti al|con|al|alla|ai|agli"
    "|alle|all'|sul|sulla|sui|sulle|sull'|accanto a|dentro|durante|tra|fra|in|a|lungo|sotto|sopra|dietro|presso|da|dal"
    "|dalla|dopo|verso|vicino a",
    "fr": "de|du|des|d'|dans|devant|sur|à|au|aux|chez|avec|lors de|lors d'|près de|derrière|sous|entre|en|le long de"
    "|pendant|après|depuis|vers|face à",
    "pt": "de|do|da|dos|das|na|no|nas|nos|em|junto a|diante de|com|ao|à|aos|às|frente a|durante|sobre|numa|num|pelo"
    "|pela|pelos|pelas|entre|sob|perto de|após|depois de",
}
#: a verbless scene in Russian, which has no articles: a subject of one to three words (the first
#: capitalised), then only phrases opened by a preposition, to the full stop: "Жители дома на улице
#: Гагарина после заседания.", "Пожарные расчёты у здания склада в Заречинске." (``caption.scene.verbless``);
#: the prepositions, and the endings of the verbs and the short participles that make it a sentence
#: ("Движение по мосту закрыто до понедельника.", "Приговор ещё не вступил в силу."): a noun with such
#: an ending makes the rule miss a caption, never read a sentence as one
#: a verbless scene in German, told by its capitals: the subject after its article (adjectives in lower case,
#: then a noun and maybe a name or a number), then only phrases opened by a preposition or a genitive's
#: article, each of adjectives and a noun (a name, a number) to the full stop: "Das beschädigte Auto auf
#: dem Pannenstreifen der S 36.", "Das Freibad Aalenbach im vergangenen Sommer.", "Die Gäste aus Saint-Aubin
#: mit ihrer Blaskapelle." (``caption.scene.verbless``); a verb in lower case between two phrases ("Die
#: Entscheidung fiel mit 31 zu 27 Stimmen.") is neither an adjective before a noun nor a preposition
CAPTION_VERBLESS_DE_PREPS: str = (
    "auf|in|im|ins|am|an|ans|vor|bei|beim|mit|nach|vom|von|über|unter|neben|aus|zum|zur|hinter|während|gegenüber"
    "|zwischen|durch|entlang|nahe|oberhalb|unterhalb|um|der|des"
)
CAPTION_VERBLESS_DE_DETERMINERS: str = (
    "der|die|das|den|dem|des|ein|eine|einer|einem|einen|eines|ihr|ihre|ihrer|ihrem|ihren|ihres|sein|seine|seiner"
    "|seinem|seinen|seines|unser|unsere|unserer|unserem|unseren|zwei|drei|vier|fünf"
)
CAPTION_VERBLESS_RU_PREPS: str = "на|в|во|у|после|перед|возле|около|за|под|над|с|со|из|при|во время|рядом с|напротив|вдоль|среди|до|по|от"
#: a Turkish scene with no verb: its subject (a capitalised word, up to three more), a comma, then a phrase
#: that ends in a place's locative ("koyunda", "dükkânının önünde", "atölyesinde") or the part of a day
#: ("salı sabahı") or "sonra" ("imzalarını attıktan sonra"); a story's sentence ends in its verb
#: ("Toplantı, belediye binasında yapıldı.")
CAPTION_VERBLESS_TR: str = (
    r"^\p{Lu}[\p{L}'’-]*(?:\s[\p{L}\d'’()-]+){0,3},\s(?:[\p{L}\d'’-]+\s){0,7}"
    r"(?:\p{Ll}{2,}(?:n?d[ae]|n?t[ae])|sabahı|akşamı|gecesi|sonra)\.$"
)
CAPTION_VERBLESS_RU_VERB: str = (
    r"(?:л|ла|ло|ли|ет|ёт|ит|ут|ют|ат|ят|ся|сь|ть|ти|чь|т|та|то|ты|ен|на|но|ны)$"
    r"|^(?:не|нет|ни|это|уже|ещё|еще|может|будет|есть|надо|нужно|можно|должен|должна|должны|который|которая|которые|что|как|чтобы)$"
)
#: ... and no verb of a story a phrase could hide: the common irregular ones, a plural's present
#: ending ("restent", "valen", "contam", "scendono"; not a noun's "-ment": "bâtiment"), money ("410
#: millones de euros")
CAPTION_VERBLESS_NOT: dict[str, str] = {
    "es": r"\b(?:tuvo|hizo|dijo|hubo|estuvo|puso|vino|dio|vio|fue|tienen|tiene|hay|hace|hacen|sigue|siguen|queda|quedan)\b"
    r"|\b\p{Ll}{3,}(?:an|en)\b",
    "pt": r"\b(?:teve|fez|disse|houve|esteve|pôs|veio|deu|viu|tem|têm|há|faz|fazem|segue|seguem|fica|ficam|começa|começam"
    r"|conta|contam)\b|\b\p{Ll}{3,}(?:am|em)\b",
    "it": r"\b(?:ebbe|fece|disse|venne|diede|vide|fu|stette|c'è|resta|restano|rimane|rimangono|fa|fanno)\b|\b\p{Ll}{3,}(?:ano|ono)\b",
    "fr": r"\b(?:fut|eut|fit|dit|vint|mit|prit|vit|reste|restent|demeure|fait|font|ne|pas)\b|\bn['’]\p{L}|\b\p{Ll}{3,}(?<!m)ent\b",
}
CAPTION_VERBLESS_MONEY: str = r"\b(?i:euros?|millones|millions|milioni|milhões|dólares|dollars|reais)\b"
#: a credit of several photos: "Photos: Léa Vautrin", "Fotos: ...", "Bilder: ...", "Photographs by ..."
CAPTION_PLURAL_PHOTO_CREDIT: str = (
    r"^[(©\s]*(?i:photos|fotos|photographs|fotografias|fotografías|fotografie|bilder|foto's|zdjęcia|images|imágenes|imagens|immagini)\b\s*(?::|by\s|de\s|di\s|von\s)"
)
#: class/id words (lower case, split on "-" and "_") of a standfirst's own container:
#: "article-standfirst", "ArticlePage-subHeadline", "c-reviewHeader_dek", "chapo", "entradilla"
#: (``decision.standfirst``: with one, a dek may end without its full stop; ``main_content``:
#: such a box above a declared ``articleBody`` is the page's summary, not its lead paragraph)
STANDFIRST_CLASSES: list[str] = ["standfirst", "dek", "deck", "subheadline", "subhead", "subhed", "subtitle",
    "strapline", "summary", "intro", "excerpt", "description", "lede",
    # fr, de, es, it
    "chapo", "chapeau", "sapo", "vorspann", "entradilla", "bajada", "sottotitolo",
    # Russian portals' lead under the title ("article__announce-text", "anons")
    "announce", "anons"]
#: a wire story's lead opens with its dateline: the place in capitals (a state or country after a
#: comma), the agency or station in brackets, a dash: "LOS ANGELES (AP) — ...", "LONDON (Reuters) -
#: ...", "HARLAN COUNTY, Neb. (KVNH) — ..." (no photo's caption: ``caption.scene.top_picture``)
WIRE_DATELINE: str = (
    r"^\p{Lu}[\p{Lu}'’.-]{1,20}(?:\s\p{Lu}[\p{Lu}'’.-]{0,20}){0,3}(?:,\s\p{Lu}[\p{L}.]{1,15}(?:\s\p{Lu}[\p{L}.]{1,15})?)?"
    r"\s\([^()]{2,30}\)\s?[—–-]"
)
#: the first person's words per language: a sentence with one is a column's, a letter's or a quote's,
#: no photo's caption (``caption.scene.top_picture``)
CAPTION_FIRST_PERSON: dict[str, list[str]] = {
    "en": ["i", "i'm", "i've", "i'd", "me", "my", "we", "we're", "we've", "our", "us"],
    "de": ["ich", "wir", "mein", "meine", "meinen", "unser", "unsere", "mich", "uns"],
    "es": ["yo", "nosotros", "mi", "mis", "nuestro", "nuestra", "nos"],
    "fr": ["je", "j'ai", "nous", "mon", "ma", "mes", "notre", "nos"],
    "it": ["io", "noi", "mio", "mia", "nostro", "nostra", "ci"],
    "pt": ["eu", "nós", "meu", "minha", "nosso", "nossa"],
    "nl": ["ik", "wij", "we", "mijn", "ons", "onze"],
    "sv": ["jag", "vi", "min", "mitt", "vår", "vårt"],
    "da": ["jeg", "vi", "min", "mit", "vores"],
    "no": ["jeg", "vi", "min", "mitt", "vår"],
    "pl": ["ja", "my", "mój", "moja", "nasz", "nasza"],
    "ru": ["я", "мы", "мой", "моя", "наш", "наша"],
}

#: the articles before a person's role in lower case that may open a person's caption: "La sociologue
#: Anaïs Berthomieu dans son bureau ...", "Il sindaco Luigi Bonato taglia il nastro ...", "A aposentada
#: Neusa Pimentel espera o ônibus ..." (read by ``caption.scene.person_place`` and ``person_action``)
CAPTION_ROLE_ARTICLES: dict[str, list[str]] = {
    "es": ["El", "La"],
    "fr": ["Le", "La"],
    "it": ["Il", "La", "Lo"],
    "pt": ["O", "A"],
}
#: a scene opened by an indefinite subject, what the picture shows, in the present or with no verb:
#: "Una mujer enciende un radiador en su salón de ...", "Un verrier contrôle des flacons à la sortie
#: du four, en février.", "Ein Bagger schiebt Klei auf die neue Deichkrone ...", "Een medewerker wijst
#: ..."; in Spanish and Portuguese also a bare plural, which a story's sentence does not open with
#: ("Operarios abren una zanja en la calle Mayor este miércoles.", "Bombeiros combatem as chamas na
#: encosta ...", "Restos de casas de Ribalta sobre el fondo seco del embalse.") (``caption.scene.subject``)
CAPTION_SCENE_SUBJECT: dict[str, str] = {
    "es": r"^(?:(?:Un|Una|Unos|Unas|Dos|Tres|Varios|Varias)\s|(?P<plural>\p{Lu}\p{Ll}{2,}(?<!mo)s)\s\p{Ll})",
    "pt": r"^(?:(?:Um|Uma|Uns|Umas|Dois|Duas|Três|Vários|Várias)\s|(?P<plural>\p{Lu}\p{Ll}{2,}(?<!mo)s)\s\p{Ll})",
    "it": r"^(?:Un|Una|Uno|Alcuni|Alcune|Due|Tre)\s",
    "fr": r"^(?:Un|Une|Des|Deux|Trois|Plusieurs)\s",
    "de": r"^(?:Ein|Eine|Zwei|Drei)\s",
    "nl": r"^(?:Een|Twee|Drie)\s",
}
#: ... no such bare plural: the words ending in "s" that open a story's sentence (determiners,
#: pronouns, adverbs, quantities: "Los ...", "Nos últimos anos ...", "Miles de vecinos ...")
CAPTION_SCENE_NOT_PLURAL: list[str] = [
    "los", "las", "unos", "unas", "sus", "tus", "mis", "estos", "estas", "esos", "esas", "aquellos", "aquellas",
    "algunos", "algunas", "muchos", "muchas", "varios", "varias", "todos", "todas", "ambos", "ambas", "ellos",
    "ellas", "nosotros", "nosotras", "nuestros", "nuestras", "otros", "otras", "pocos", "pocas", "dos", "tres",
    "seis", "más", "menos", "después", "además", "antes", "mientras", "tras", "pues", "apenas", "quizás", "jamás",
    "cientos", "miles", "decenas", "centenares", "millones", "demás", "entonces", "os", "as", "uns", "umas",
    "seus", "suas", "estes", "esses", "essas", "aqueles", "aquelas", "alguns", "algumas", "muitos", "muitas",
    "vários", "eles", "elas", "nós", "vocês", "meus", "teus", "nossos", "nossas", "outros", "outras", "poucos",
    "poucas", "dois", "duas", "três", "mais", "depois", "às", "aos", "nas", "nos", "das", "dos", "pelos", "pelas",
    "nuns", "numas", "milhares", "centenas", "dezenas", "milhões", "então", "enquanto", "após",
]
#: ... and no word of a story's sentence: a verb in the past or the future, a relative or a
#: complement clause ("Un film nocturne, qui perd ...", "Een boer ... zag de scheuren"); the
#: auxiliaries and pronouns are :data:`CAPTION_CLAUSE_VERBS`
CAPTION_SCENE_NOT_LANG: dict[str, str] = {
    # (a word in "-ía" after a preposition is a noun, no imperfect: "Puestos de artesanía en la plaza ...")
    "es": r"\b\p{Ll}{2,}(?:ó|aron|ieron|aba|aban|rá|rán)\b|(?<!\b(?:de|del|en|con|por|sin|su|sus)\s)\b\p{Ll}{2,}(?:ía|ían)\b"
    r"|\b(?:que|cual|cuales|quien|quienes)\b",
    "pt": r"\b\p{Ll}{2,}(?:ou|aram|eram|iram|ava|avam|ia|iam|rá|rão|eu|iu)\b|\b(?:que|qual|quais|quem)\b",
    "it": r"\b\p{Ll}{2,}(?:ò|arono|erono|irono|ava|avano|eva|evano|rà|ranno)\b|\b(?:che|cui|quale|quali)\b",
    "fr": r"\b\p{Ll}{2,}(?:ait|aient|ront|ra)\b|\b(?:que|qu['’]\p{L}+|qui|dont|lequel|laquelle)\b",
    "de": r"\b\p{Ll}{2,}(?:te|ten|tet)\b|,\s(?:der|die|das|den|dem|deren|dessen|welche|welcher)\b"
    r"|\b(?:dass|kam|ging|stand|sah|fand|fiel|stieg|lag|gab|hielt|nahm|zog|rief|blieb|lief|fuhr|brach|sprach|traf)\b",
    "nl": r"\b\p{Ll}{2,}(?:de|den|te|ten)\b|,\s(?:die|dat|wat|waar)\b"
    r"|\b(?:zag|kwam|ging|stond|vond|viel|gaf|hield|nam|bleef|liep|reed|brak|sprak|trof)\b",
}
#: ... nor a picture, a clip or a film it talks about ("Ein Foto aus dem Gleisbett zeigt ...", "Imagens
#: feitas por um drone mostram ..."), a source ("selon", "según"), a clock time, a price, a phone
#: number, a label before a colon (a programme's, a shop's or a match sheet's line: "Cartões
#: amarelos: Abel, Moisés."), a share ("Un bus sur trois en moyenne sur les lignes principales.") or
#: a farewell to the reader
CAPTION_SCENE_NOT_ANY: str = (
    r"\b(?i:foto|fotos|fotografía|fotografia|fotografias|photo|photos|vídeo|vídeos|video|videos|vidéo|imagen|imágenes"
    r"|imagem|imagens|immagine|immagini|image|images|bild|bilder|beeld|film|filme|película|selon|según|segundo"
    r"|secondo|laut|volgens)\b|\d{1,2}\s?[h:.]\s?\d{2}|\d{2}\s\d{2}\s\d{2}|%|€|\$|[★☆|•·*:;]"
    # a share: "Un bus sur trois ...", "uno su tre", "uno de cada tres", "um em cada três"
    r"|\b(?:sur|su|de cada|em cada)\s(?:deux|trois|quatre|cinq|dix|due|tre|quattro|cinque|dieci|dos|tres|cuatro|cinco|diez|dois|três|quatro|\d+)\b"
    # a farewell to the reader: "Um forte abraço, fique com Deus e até a próxima."
    r"|\b(?i:até a próxima|hasta la próxima|à bientôt|alla prossima|bis bald|tot ziens)\b"
    # a look ahead, the word for "tomorrow": a picture shows what is, not what will be ("Uma campanha
    # ... começa a passar na nossa antena a partir de amanhã."); not "mañana" (also the morning)
    r"|\b(?:amanhã|demain|domani|morgen)\b"
)
#: where the caption's own clause ends and a relative or time clause begins
CAPTION_CLAUSE_END: str = (
    r",|\s(?:where|which|who|as|after|before|while|when|that|wo|als|wenn|où|quand|que|qui|donde|cuando|onde|quando"
    r"|dove|che|waar|dat|där|när|hvor|når|gdzie|kiedy|dimana|ketika)\s"
)

#: weekdays of the languages :data:`WEEKDAYS` leaves out, for :data:`CAPTION_DAY_TAIL`
CAPTION_MORE_WEEKDAYS: list[str] = ["poniedziałek", "wtorek", "środę", "czwartek", "piątek", "sobotę", "niedzielę", "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "mandag", "tirsdag", "lørdag", "søndag", "mandag", "tirsdag"]
#: the part of the day alone closing a Polish or Russian caption after a comma, read as its day
#: (:data:`CAPTION_DAY_TAIL`): "Zaspy przy drodze w Czarnej Górze, przed południem.", "..., утром."
CAPTION_DAY_TIMES: list[str] = [
    "przed południem", "po południu", "rano", "wieczorem", "w nocy", "nad ranem",
    "утром", "вечером", "днём", "днем", "ночью",
]
#: English: a scene in the present tense with the day or hour of the picture and a place, the way
#: captions are written ("Residents burn tyres at the N91 off-ramp on Tuesday morning.", "Touts at
#: the Kaburu stage on Tuesday morning.", "Cllr Idris Bowen at Wednesday's meeting."); a story
#: tells the same in the past tense ("Residents burned tyres ... on Tuesday") or looks ahead
#: ("The council meets on Tuesday."): see :data:`CAPTION_SCENE_NOT`
CAPTION_SCENE_DAY: str = (
    r"\b(?:(?:on|early|late|before|after|during|at)\s(?:{weekday})|(?:{weekday})'s|before dawn|at dawn"
    r"|on\s\d{{1,2}}\s\p{{Lu}}\p{{Ll}}+|(?:at|(?:shortly\s|just\s)?(?:after|before))\s\d{{1,2}}(?:[.:]\d{{2}})?\s?[ap]\.?m"
    r"|(?:shortly|just)\s(?:after|before)\s(?:midnight|dawn|sunrise|sunset|noon))\b"
)
CAPTION_SCENE_PLACE: str = (
    r"\b(?:at|outside|inside|near|beside|in|from|along|across|over|under|through|on|below|above|behind|beyond|around|off|past|toward|towards|into)\s(?!(?:{weekday}|{month})\b)(?:the\s)?\p{{Lu}}"
    r"|\b(?:at|outside|inside|near|beside|in front of|along|on|in|below|above|behind|across|over|under|through|around|off|down|up|into) the\b"
    r"|\bduring\s(?:the\s|an?\s)?[\p{{Ll}}-]{{3,}}(?:\s[\p{{Ll}}-]+)?\.$"
    r"|\b(?:at|during|after|before)\s(?:{weekday})'s\b"
)
#: English verbs in the plain present that tell the story's present, not a picture's moment
#: ("Officials expect delays on ...", "New figures show a gap ..."), number words and
#: prepositions ("Council votes five to four ...", "Investors in the round include ...")
CAPTION_STORY_BARE_EN: str = (
    r"say|tell|expect|plan|want|hope|believe|think|warn|fear|need|face|own|run|live|work|know|argue|claim|urge|call"
    r"|demand|hold|remain|seem|include|pay|cost|earn|get|make|take|see|find|give|keep|use|ask|win|lose|join|leave"
    r"|return|start|begin|open|close|agree|admit|insist|note|recall|remember|serve|manage|play|teach|study|represent"
    r"|chair|head|spend|appear|become|like|love|hate|feel|mean|contain|come|describe|suggest|deny|accept"
    r"|reject|sign|replace|succeed|intend|doubt|worry|receive|owe|sell|buy|are|were|have|had|did|will|would|could"
    r"|may|might|must|can|should|also|still|now|often|usually|already|never|only|just|show|reveal|indicate|one|two"
    r"|three|four|five|six|seven|eight|nine|ten|and|for|from|with|the"
)
#: English: the same scene without its day, when the sentence opens with someone or something
#: shown doing it, an indefinite subject or a bare plural and a verb in the simple present
#: before its object or place ("A dinghy lies on cracked mud near the slipway.", "Firefighters
#: guide a boat along Church Lane.") (``caption.scene.action_en``)
CAPTION_SCENE_ACTION: str = (
    r"^(?:(?:A|An)\s(?:[\p{Ll}-]+\s){0,3}?[\p{Ll}-]+s|\p{Lu}\p{Ll}+s\s(?!(?:say|said|have|are|were|will|would|could|may|might|must|can|at|in|on|of|from|with|for|to|and|outside|near|by)\b)\p{Ll}+)"
    r"\s(?:a|an|the|his|her|their|its|up|down|out|past|through|along|over|on|in|at|into|onto|from|across|toward|towards|beside|by|off|for"
    r"|outside|inside|near|around|behind|under|above|below|to)\b"
    # ... or an indefinite subject, its verb and a bare object: "A volunteer sorts donated coats ...",
    # "A homeowner pumps water out of a basement ..."
    r"|^(?:A|An)\s(?:[\p{Ll}-]+\s){0,2}?[\p{Ll}-]+s\s\p{Ll}{3,}\s"
    # ... or a bare plural, maybe after one word that qualifies it, its verb in the plain present
    # (no "-s") and maybe a bare object before its place: "Fans wave lightsticks in the upper tier
    # ...", "Volunteer firefighters stand outside the fire hall ...", "Farmers deliver coffee to a
    # warehouse ..." (not a verb of the story's present: "New figures show a widening gap ...")
    # (after a word that qualifies it, the verb's place follows at once: "Teenager admits damaging
    # cars in ..." is a headline's singular and its verb)
    r"|^(?:(?!(?:Many|Most|Some|All|Both|Several|Few|Other|These|Those|The|Their|Our|Its|His|Her|More|Fewer|Such|No"
    r"|Two|Three|Four|Five)\b)\p{Lu}\p{Ll}+\s\p{Ll}+s\s(?!(?:" + CAPTION_STORY_BARE_EN + r")\b)\p{Ll}{3,}(?<!s|ing|ed)\s"
    r"|\p{Lu}\p{Ll}+s\s(?!(?:" + CAPTION_STORY_BARE_EN + r")\b)\p{Ll}{3,}(?<!s|ing|ed)\s(?:\p{Ll}{3,}\s)?)"
    r"(?:a|an|the|his|her|their|its|up|down|out|past|through|along|over|on|in|at|into|onto|from|across|toward|towards"
    r"|beside|by|off|for|outside|inside|near|around|behind|under|above|below|to)\b"
)
#: a sentence of the story: reported speech, a modal or an auxiliary (a caption's verb is in the
#: simple present), a pronoun that points back into the text, a look ahead, a second clause
CAPTION_SCENE_NOT: str = (
    r"\b(?:said|says|say|told|tells|will|would|could|should|was|were|had|has|have|is|are|be|been|may|might|can|must"
    r"|according|I|we|he|she|they|it|this|that|these|those|until|next|every|ahead of|expected|due)\b|, but\b|;"
)
#: English: a scene with no verb at all, what the picture shows then where and when, in two
#: prepositional phrases at least: "Fire crews at the house on Swan Lane in November.", "Empty
#: platforms at Leyburn Central during the last walkout in February.", "Smoke over Highway 9 near
#: mile marker 22." (``caption.scene.verbless_en``); group 1 holds what is shown, in at most four
#: words. A sentence's opener (a pronoun, "Around 420 people live on ...") or an imperative is no such
#: subject; a price or a share ("£", "%") makes it an advert's
CAPTION_VERBLESS_EN: str = (
    r"^(?!(?:It|This|That|These|Those|There|Here|He|She|They|We|I|You|His|Her|Their|Our|My|Its|But|And|So|Then|Now"
    r"|Yet|Also|Still|In|On|At|By|For|From|After|Before|During|Since|Until|When|While|If|As|With|Without|Asked"
    r"|According|Around|About|Some|Many|Most|All|Each|Every|Anyone|Nobody|No|Not|Only|Just|More|Less|Fewer|Thank"
    r"|Thanks|Please|Support|Under|Over|Once|Twice|Tickets|Timetable"
    # an advert's or a menu's imperative: "Save up to 30% on heating with ..."
    r"|Save|Get|Buy|Book|Shop|Find|Discover|Join|Try|Order|Call|Visit|Sign|Subscribe|Download|Read|Watch|Listen"
    r"|Follow|Click|See|Enjoy|Explore|Stay|Keep|Win|Enter|Claim|Grab|Treat)\b)"
    r"(\p{Lu}[\p{L}\d'’-]*(?:\s(?:of\s(?:the\s)?)?[\p{L}\d'’-]+){0,3}?)\s{prep}\s"
)
#: ... the prepositions of its place and time
CAPTION_SCENE_PREPS_EN: str = (
    r"(?:at|on|in|outside|inside|near|over|beside|along|during|under|behind|above|below|across|from|up to|next to"
    r"|in front of|after|around|among|through)"
)

#: a verb in the past tense: "-ed" before its object or an adverbial ("threatened staff",
#: "closed on Friday"; not "a damaged pontoon", "of unharvested wheat", nor after a possessive:
#: "after Tuesday's adjourned session", nor right after the present of a singular scene's verb: "A
#: volunteer sorts donated coats ..."; still after a place's name: "The count at the Corn Exchange
#: finished ..."), or a common irregular one
CAPTION_SCENE_PAST: str = (
    r"(?<!\b(?:a|an|the|of|its|his|her|their|and|with|from|in|on|at|by|for|newly|freshly|recently)\s)"
    r"(?<!\p{L}['’]s\s)"
    r"(?<!^(?:A|An)\s(?!(?:few|number|couple|handful|dozen|lot|group|pair|series|total)\s)\p{Ll}+\s\p{Ll}{2,}s\s)"
    r"\b\p{Ll}{3,}ed\s(?:\p{Ll}|\d)"
    r"|\b(?:went|rose|broke|fell|held|left|ran|sent|took|gave|came|made|shone|stood|began|won|lost|saw|met|hit|led|set|got|brought|fought|drove|grew|spent|built|kept|threw|flew|told"
    r"|found|thought|felt|caught|bought|sold|paid|heard|wrote|spoke|chose|struck|became|knew|drew|taught|sought|fled|meant)\b"
)

#: a portrait's caption: a person's name and role alone on a line, no verb and no full stop, in
#: the article's flow: "Dana Whitcomb, CEO, Hollis Precision", "Callum Ross MSP, Highlands and
#: Islands", "Dr Hemi Paraone, freshwater ecologist" (the name, then the role after a comma), or
#: "Fire Chief Lorne Baptiste", "Acting Deputy President Nolwazi Mokgohloa", "Trener Marek Kowal"
#: (the role, then the name) (``caption.scene.portrait``); the person's surname (or a nickname in
#: quotes: 'Aiman "Kanchil" Roslan') must come again in a paragraph nearby (an author's "Jane Roe, Staff Writer" is not told about in the story)
CAPTION_PORTRAIT_NAME: str = (
    r"(?P<name>(?:\p{Lu}(?:\p{Ll}[\p{L}'’.-]{0,20}|\.)\s(?:[\"“'‘](?P<nick>[\p{L}'’ -]{1,20})[\"”'’]\s)?){1,3}(?P<surname>\p{Lu}\p{Ll}[\p{L}'’-]{1,24}))"
)
CAPTION_PORTRAIT_COMMA: str = (
    CAPTION_PORTRAIT_NAME
    + r"(?:\s(?:MSP|MP|MLA|MPP|MHA|MEP|MS|TD|Jr|Sr))?,\s[^,.:;!?|\d]{2,40}(?:,\s[^,.:;!?|\d]{2,40})?$"
)
#: ... or the person's age after the comma, nothing more: "Geoff Morrison, 68"
CAPTION_PORTRAIT_AGE: str = CAPTION_PORTRAIT_NAME + r",\s\d{1,3}$"
#: ... the roles that come before the name, by language (a capitalised word after them starts the name)
CAPTION_PORTRAIT_ROLES: dict[str, str] = {
    "en": r"(?:(?:Acting|Deputy|Assistant|Interim|Vice|Head|Fire|Police|Senior|Executive|Managing|Chief|General|Team|Club|Head\sof)\s){0,3}"
    r"(?:Chief|Manager|Coach|President|Mayor|Councillor|Cllr|Councilman|Councilwoman|Alderman|Senator|Sen\.|Rep\."
    r"|Minister|Secretary|Governor|Premier|Judge|Justice|Magistrate|Dr|Dr\.|Professor|Prof\.?|Principal|Headteacher"
    r"|Superintendent|Inspector|Sergeant|Sgt|Detective|Constable|Captain|Capt\.|Commissioner|Chairman|Chairwoman"
    r"|Chairperson|Chair|Director|CEO|Founder|Owner|Reverend|Rev\.?|Bishop|Pastor|Chef|Trainer|Skipper|Sheriff"
    r"|Ambassador|Colonel|Lieutenant|Officer|Warden|Ranger|Curator|Producer|Manager)",
    "pl": r"(?:Trener|Prezes|Prezeska|Burmistrz|Wójt|Starosta|Radny|Radna|Dyrektor|Dyrektorka|Kapitan|Sołtys|Komendant)",
}

#: a video's or an audio clip's title, told by its length in brackets at its end: "Drone flight
#: over the building site (1:42 min)", "Le Grand Entretien avec ... (26 min)", "... (1 min 54)"
#: (``caption.clip_length``)
CLIP_LENGTH: str = r"\s\((?:\d{1,2}:\d{2}|\d{1,3})\s?(?i:min|mins|minutes|minuten|minuter|minutter|minutos|minuti|minut|мин)\.?(?:\s\d{1,2})?\)$"
#: ... or by the kind of clip before a colon: "Video: ...", "Vidéo : ...", "Wideo: ...", "Видео: ..."
#: (``caption.clip_title``)
#: a link to a file with its format (and size) in brackets closing the line: "Sintesi dei risultati (PDF, 2,1 MB)",
#: "Jaarcijfers 2026 (pdf)", "Télécharger la photo (JPG, 2,1 Mo)"
FILE_LINK: str = (
    r"\s\((?i:pdf|docx?|xlsx?|pptx?|odt|ods|csv|zip|jpe?g|png|mp3|mp4)"
    r"(?:\s?[,;·|–-]\s?\d{1,4}(?:[.,]\d{1,2})?\s?(?i:[kmg]i?b|[kmg]o|bytes?|octets))?\)$"
)
CLIP_WORDS: list[str] = ["video", "vídeo", "vidéo", "wideo", "видео", "vi̇deo", "audio", "áudio", "аудио"]
#: ... or by its running time after the player's label, alone on the line: "Durée de la vidéo : 02min 14s",
#: "Video length: 2:14", "Duración del video: 1:05" (``caption.clip_duration``)
CLIP_DURATION_LABELS: list[str] = [
    "video length", "video duration", "durée de la vidéo", "duración del video", "duración del vídeo",
    "durata del video", "duração do vídeo", "videolänge", "videodauer", "lengte video", "duur van de video",
    "czas trwania wideo", "czas trwania filmu", "продолжительность видео", "длительность видео",
]
CLIP_DURATION: str = r"^(?i:{labels})\s?:\s?\d{1,2}\s?(?i:min|:|h|s\b)[\p{L}\d\s:.]{0,12}$"
CLIP_TITLE: str = r"^\S+\s?[:|–—]\s*\S"

# --------------------------------------------------------------------- chrome
#: a weather widget's name opening its line, before a temperature (``chrome.weather``)
CHROME_WEATHER_WORDS: list[str] = [
    "weather", "wetter", "météo", "meteo", "el tiempo", "tiempo", "clima", "tempo", "weer", "pogoda", "погода",
    "vejret", "vädret", "været", "hava durumu", "cuaca",
]
#: a line that is only one of these is page furniture (navigation, UI, share)
CHROME_LINES: dict[str, list[str]] = {
    # words of several languages (a phrase is kept under the first language that lists it)
    "all": ["silenciar",
        # a social network's embed, its link when the post did not load
        "instagram post: view on instagram", "view on instagram", "view this post on instagram", "ver essa foto no instagram", "ver esta foto no instagram", "ver esta publicação no instagram", "ver esta publicación en instagram", "visualizza questo post su instagram", "voir cette publication sur instagram", "bekijk dit bericht op instagram", "diesen beitrag auf instagram ansehen", "zobacz ten post na instagramie",
        # a player's controls and a text-size switch
        "desativar som", "ativar som", "reproduzir vídeo", "video afspelen", "без звука", "воспроизвести", "velocità 1x", "normal text size larger text size very large text size", "a a", "yazı boyutu"],
    # (first in each language: the heading of a wiki's language switcher)
    "en": ["save recipe", "jump to recipe", "downloads", "attachments", "in other languages", "other languages", "video player", "cc", "purchase licensing rights", "quote", "leave a reply cancel reply", "cancel reply", "post comment", "collapse all", "expand all", "add to reading list", "buy photos", "continue with email", "full results", "view on social media", "take the survey", "duration", "like this", "like loading", "previous post", "next post", "older posts", "newer posts", "email address", "your email", "your email address", "enter your email", "sign the guest book", "light a candle", "share by email", "download mp3", "embed from x", "pin", "view all photos", "share to facebook", "share to x", "share to twitter", "share to linkedin", "share on linkedin", "buy this photo", "reuse this content", "republish this story", "save for later", "print recipe", "save to recipe box", "turn on notifications", "tap to unmute", "view full screen", "table of contents", "was this post helpful", "send flowers", "leave a tribute", "sign the guestbook", "place a notice", "article content", "watch the trailer", "autoplay", "1.0x", "1.5x", "2x", "0.5x", "on", "off", "download", "transcript", "start slideshow", "sign me up", "comments closed", "load more comments", "show more comments", "view more comments", "see all episodes", "share episode", "share this report", "share article", "share story", "share this page", "1x", "a+ a-", "video player is loading", "please turn on javascript to use this feature", "was this page useful", "was this helpful", "was this article helpful", "yes no", "report", "flag", "reply", "replies", "respond", "learn more", "open this photo in gallery", "view full image", "enlarge", "enlarge image", "hide", "show", "subscribe for free", "unmute", "mute", "fullscreen", "full screen", "skip", "close ad", "listen now", "follow topic", "follow this topic", "follow author", "unfollow", "more on this topic", "in this article", "trending topics", "explore more", "discover more", "related topics", "gift this article", "save article", "saved articles", "my news", "for you", "live updates", "refresh", "newest first", "oldest first", "latest first", "pinned", "pinned post", "key events", "show key events only", "view all comments", "all comments", "sort by", "top comments", "newest", "oldest", "report comment", "report abuse", "edit", "delete", "ends", "end", "advertise here", "hide ad", "remove ads", "go ad-free", "listen to this story", "play video", "watch video", "watch now", "replay", "previous slide", "next slide", "view slideshow", "1 of",
        "home", "menu", "search", "sign in", "log in", "login", "log out", "sign up", "register", "subscribe",
        "subscribe now", "my account", "account", "skip to content", "skip to main content", "skip navigation",
        "share", "share this", "share this article", "share this story", "share on facebook", "share on twitter",
        "share on whatsapp", "share via email", "facebook", "twitter", "x", "whatsapp", "linkedin", "reddit",
        "pinterest", "telegram", "messenger", "viber", "email", "e-mail", "print", "copy link", "copy", "link copied", "comments", "comment",
        "leave a comment", "post a comment", "view comments", "show comments", "hide comments", "reply", "like",
        "follow", "follow us", "tags", "tags:", "topics", "topics:", "filed under", "filed under:", "more",
        "close", "back", "back to top", "top", "next", "previous", "prev", "load more", "show more", "view all",
        "see all", "see more", "read more", "continue reading", "listen", "listen to article", "listen to this article",
        "play", "pause", "watch", "video", "videos", "photos", "gallery", "photo gallery", "audio", "podcast",
        "podcasts", "newsletter", "newsletters", "sign up for our newsletter", "accept", "accept all",
        "reject all", "manage cookies", "cookie settings", "privacy policy", "terms of use", "terms of service",
        "terms and conditions", "contact us", "about us", "advertise", "careers", "sitemap", "rss", "help", "faq",
        "news", "world", "business", "sport", "sports", "politics", "opinion", "entertainment", "lifestyle",
        "technology", "tech", "science", "health", "culture", "travel", "weather", "video", "local", "national",
        "international", "economy", "markets", "education", "environment", "cricket", "football", "tennis",
        "hockey", "latest", "live", "live tv", "e-paper", "epaper", "today's paper", "edition", "uk edition",
        "us edition", "international edition", "more from", "save", "saved", "bookmark", "gift article",
        "font size", "a+", "a-", "aa", "text size", "toggle navigation", "open menu", "close menu", "main menu",
        "notifications", "get the app", "download the app", "download app", "advertisement feedback",
        "all rights reserved", "go to comments", "jump to comments", "view in app", "open in app", "feedback",
        "report an error", "corrections", "submit", "loading", "loading...", "cancel", "ok", "yes", "no thanks",
        "now playing", "closed captions", "summarised by ai", "summarized by ai", "auto-refresh on", "add to playlist",
        "play radar loop", "next image", "previous image", "view this post on instagram", "what's your reaction",
        "tap a term for a definition", "subscribe free", "markets data", "view results", "tweet", "poll", "vote",
        # a mobile gallery's swipe hint
        "swipe for more", "swipe to see more", "swipe left for more", "swipe for next photo",
    ],
    "de": ["rezept speichern", "rezept drucken", "downloads", "anhänge", "in anderen sprachen", "andere sprachen", "e-mail-adresse eingeben", "jetzt anmelden", "dieses thema im programm", "ergebnis anzeigen", "auf instagram ansehen", "untertitel", "kostenlos abonnieren", "twittern", "artikel vorlesen lassen", "artikel vorlesen", "zum kursverlauf", "speichern", "beitrag teilen", "vollbild", "ticker aktualisieren", "war dieser artikel hilfreich", "jetzt kostenlos anmelden", "artikel merken", "antworten", "ton ein", "ton aus", "weitere bilder anzeigen", "alle bilder anzeigen", "melden", "antworten · melden", "mehr kommentare", "alle kommentare", "kommentare anzeigen", "artikel teilen", "teilen auf facebook", "per e-mail teilen", "abspielen", "zur bildergalerie", "bildergalerie", "fotostrecke", "jetzt teilen", "merkliste", "vorlesen lassen", "aktualisieren", "neueste zuerst", "älteste zuerst", "mehr laden", "anzeigen", "ausblenden", "folgen", "gefällt mir", "video abspielen", "zur fotostrecke", "startseite", "suche", "anmelden", "abmelden", "registrieren", "abonnieren", "abo", "mein konto", "teilen", "drucken",
           "link kopieren", "kommentare", "kommentar", "kommentieren", "schlagworte", "themen", "mehr", "schließen", "zurück",
           "nach oben", "weiter", "alle anzeigen", "mehr anzeigen", "vorlesen", "artikel anhören", "impressum", "datenschutz",
           "datenschutzerklärung", "agb", "kontakt", "cookie-einstellungen", "alle akzeptieren", "akzeptieren", "ablehnen",
           "politik", "wirtschaft", "sport", "kultur", "wissen", "panorama", "ausland", "inland", "meinung", "regional",
           "lokales", "digital", "reise", "gesundheit", "newsletter", "merken", "gemerkt", "zum artikel", "zur startseite", "e-paper",
           "artikel vorlesen", "angepinnt", "bildstrecke", "inhalt", "neueste einträge zuerst", "zu den wichtigsten ereignissen", "jetzt spenden"],
    "es": ["términos y condiciones", "libro de reclamaciones", "guardar receta", "imprimir receta", "actualizar", "descargas", "archivos adjuntos", "en otros idiomas", "otros idiomas", "reproducir video", "reproducir vídeo", "ver en x", "ver en instagram", "ver en facebook", "ver en youtube", "ver en tiktok", "twittear", "tu correo electrónico", "correo", "apuntarme", "suscribirme", "tuitear", "pantalla completa", "guardar artículo", "quiero suscribirme", "compartir artículo", "responder", "denunciar", "ver más comentarios", "archivado en", "compartir en facebook", "compartir en x", "compartir en twitter", "enviar por whatsapp", "enviar por correo", "copiar", "me gusta", "seguir", "galería", "ver galería", "reproducir", "cargar más", "cargar más actualizaciones", "más recientes", "ver vídeo", "inicio", "portada", "buscar", "menú", "iniciar sesión", "entrar", "registrarse", "suscríbete", "suscribirse", "compartir",
           "imprimir", "copiar enlace", "comentarios", "comentar", "etiquetas", "temas", "más", "cerrar", "volver", "ver más",
           "ver todo", "aviso legal", "política de privacidad", "política de cookies", "contacto", "aceptar", "rechazar",
           "aceptar todo", "configurar", "nacional", "internacional", "economía", "deportes", "cultura", "sociedad", "opinión",
           "tecnología", "salud", "política", "mundo", "españa", "local", "boletín", "guardar", "escuchar", "escuchar noticia", "siguiente video", "siguiente vídeo", "reproduciendo", "copiar liga", "dona ahora", "haz un donativo"],
    "fr": ["gestion des cookies", "accessibilité : partiellement conforme", "accessibilité : non conforme", "accessibilité : totalement conforme", "accessibilité", "enregistrer la recette", "imprimer la recette", "téléchargements", "pièces jointes", "dans d'autres langues", "autres langues", "envoyer", "tweeter", "courriel", "je m'abonne", "abonnés", "enregistrer", "partager ce post", "partager l'article", "partager l’article", "je m'inscris", "je m’inscris", "plein écran", "sous-titres", "tous les posts", "voir les posts précédents", "répondre", "signaler", "voir plus de commentaires", "partager sur facebook", "partager sur x", "partager sur twitter", "envoyer par e-mail", "copier", "j'aime", "suivre", "galerie", "voir la galerie", "lire la vidéo", "voir plus de posts", "actualiser", "épinglé", "les plus récents", "charger plus", "accueil", "rechercher", "recherche", "menu", "se connecter", "connexion", "s'abonner", "s’abonner", "abonnez-vous",
           "partager", "imprimer", "copier le lien", "commentaires", "commenter", "réagir", "mots-clés", "thèmes", "plus", "fermer",
           "retour", "voir plus", "voir tout", "mentions légales", "politique de confidentialité", "cookies", "contact",
           "accepter", "refuser", "tout accepter", "paramétrer", "international", "économie", "politique", "société",
           "culture", "sport", "sports", "sciences", "santé", "planète", "idées", "opinions", "newsletter", "écouter",
           "écouter cet article", "sauvegarder", "offrir cet article", "en direct", "lecture en cours", "ajouter à mes favoris",
           "ajouter à vos sélections", "paramètres", "faire un don", "je fais un don"],
    "pt": ["estatuto editorial", "guardar receita", "salvar receita", "imprimir receita", "anexos", "downloads", "em outros idiomas", "noutras línguas", "outros idiomas", "aderir ao canal", "seu e-mail", "o seu e-mail", "cadastrar", "ver tabela completa", "exclusivo assinantes", "exclusivo para assinantes", "tweetar", "subscrever", "descarregar", "ouvir artigo", "ouvir o artigo", "ouvir a matéria", "ouça a matéria", "ouvir a notícia", "ouça a notícia", "ouça este conteúdo", "ouvir este conteúdo", "compartilhe", "partilhar no whatsapp", "partilhar no facebook", "saber mais", "ouvir o texto", "toque para ativar o som", "presentear", "ver todos os comentários", "partilhe", "responder", "denunciar", "ver mais comentários", "compartilhar no facebook", "compartilhar no whatsapp", "compartilhar no x", "enviar por e-mail", "curtir", "seguir", "galeria", "carregar mais", "ver galeria", "atualizar", "mais recentes", "assistir", "início", "buscar", "pesquisar", "menu", "entrar", "assine", "assinar", "cadastre-se", "compartilhar", "partilhar",
           "imprimir", "copiar link", "comentários", "comentar", "tags", "temas", "mais", "fechar", "voltar", "ver mais",
           "ver tudo", "política de privacidade", "termos de uso", "fale conosco", "contato", "aceitar", "rejeitar",
           "aceitar todos", "política", "economia", "esporte", "esportes", "desporto", "cultura", "mundo", "brasil",
           "país", "opinião", "tecnologia", "saúde", "ouvir", "ouvir notícia", "salvar", "newsletter", "copiar ligação", "próxima", "anterior", "fotos", "doe agora", "faça uma doação"],
    "it": ["chi siamo", "salva ricetta", "stampa ricetta", "aggiorna", "allegati", "download", "in altre lingue", "altre lingue", "regala questo articolo", "indirizzo email", "riproduci", "segui la diretta", "condividi l'articolo", "schermo intero", "rispondi", "segnala", "mostra altri commenti", "condividi su facebook", "invia per email", "segui", "galleria", "carica altri", "guarda il video", "home", "cerca", "menu", "accedi", "abbonati", "registrati", "condividi", "stampa", "copia link", "commenti",
           "commenta", "tag", "argomenti", "altro", "chiudi", "indietro", "vedi tutti", "privacy", "cookie policy",
           "contatti", "accetta", "rifiuta", "accetta tutto", "cronaca", "politica", "economia", "sport", "cultura",
           "esteri", "spettacoli", "tecnologia", "salute", "ascolta", "salva", "ascolta l'articolo", "dona ora", "fai una donazione"],
    "nl": ["recept opslaan", "recept printen", "vernieuwen", "luister naar dit artikel", "lees voor", "downloads", "bijlagen", "volg dit liveblog", "geluid uit", "geluid aan", "tip de redactie", "bekijk koers", "reageren", "beantwoorden", "meld", "toon meer reacties", "deel op facebook", "volgen", "laad meer", "bekijk video", "zoeken", "menu", "inloggen", "abonneren", "delen", "printen", "link kopiëren", "reacties", "reageer",
           "tags", "meer", "sluiten", "terug", "bekijk alles", "privacybeleid", "cookiebeleid", "contact", "accepteren",
           "weigeren", "binnenland", "buitenland", "economie", "sport", "cultuur", "politiek", "opmerkelijk",
           "regio", "opslaan", "voorlezen", "deel dit artikel", "deel", "bewaar"],
    "sv": ["bilagor", "nedladdningar", "e-post", "inställningar", "spela upp", "se bildspelet", "svara", "kopiera länk", "lyssna på artikeln", "dela", "dela artikeln", "kommentera", "kommentarer", "logga in", "prenumerera", "meny", "sök", "spara", "lyssna", "mer", "stäng", "tillbaka", "nyheter", "sport", "kultur", "ekonomi", "nöje", "inrikes", "utrikes", "acceptera", "godkänn alla", "kontakt", "tipsa oss"],
    "da": ["bilag", "downloads", "kun nødvendige", "afspil", "se billedserien", "svar", "del", "del artiklen", "kommentér", "kommentarer", "log ind", "abonnér", "menu", "søg", "gem", "lyt", "mere", "luk", "tilbage", "nyheder", "sport", "kultur", "økonomi", "indland", "udland", "acceptér", "accepter alle", "kontakt", "tip os"],
    "no": ["e-post", "kopier lenke", "tilpass", "spill av", "se video", "se bildene", "svar", "del", "del saken", "kommenter", "kommentarer", "logg inn", "abonner", "meny", "søk", "lagre", "lytt", "mer", "lukk", "tilbake", "nyheter", "sport", "kultur", "økonomi", "innenriks", "utenriks", "godta", "godta alle", "kontakt", "tips oss"],
    "ru": ["сохранить рецепт", "прослушать статью", "скопировать ссылку", "вконтакте", "обновить", "сначала новые", "ответить", "поделиться", "комментарии", "войти", "подписаться", "меню", "поиск", "главная", "новости", "спорт", "политика", "экономика", "общество", "культура", "в мире", "происшествия", "закрыть", "ещё", "регистрация", "принять", "контакты", "о нас", "наверх"],
    "pl": ["kontakt z redakcją", "polityka cookies", "zapisz przepis", "drukuj przepis", "odśwież", "odśwież relację", "posłuchaj artykułu", "załączniki", "do pobrania", "skopiuj link", "mam już subskrypcję", "odtwórz wideo", "wycisz", "zapisz się", "zobacz galerię", "zobacz zdjęcia", "odpowiedz", "dodaj komentarz", "udostępnij", "komentarze", "zaloguj się", "zaloguj", "subskrybuj", "szukaj", "wyszukaj", "strona główna", "wiadomości", "biznes", "polityka", "świat", "kraj", "zamknij", "więcej", "akceptuję", "regulamin", "polityka prywatności"],
    "tr": ["google news'te takip et", "foto galeri", "haberi paylaş", "yanıtla", "yorum yazmak için giriş yapın", "tüm yorumlar", "paylaş", "yorumlar", "yorum yap", "giriş yap", "abone ol", "menü", "ana sayfa", "anasayfa", "gündem", "spor", "ekonomi", "dünya", "kültür", "kapat", "daha fazla", "kabul et", "iletişim", "künye", "gizlilik politikası"],
    "id": ["balas", "lihat foto", "lihat galeri", "bagikan", "komentar", "masuk", "berlangganan", "cari", "beranda", "berita", "olahraga", "politik", "dunia", "nasional", "tutup", "setuju", "kontak", "tentang kami", "kebijakan privasi", "redaksi"],
}

#: a line that starts with one of these is furniture
CHROME_PREFIXES: dict[str, list[str]] = {
    # (first in each language: a wiki page's foot, its categories, "This page was last edited on ...", the
    # licence; a "listen to / share this story" button)
    "en": ["purchase licensing rights", "acquire licensing rights", "categories:", "this page was last edited", "text is available under the creative commons", "now playing:", "topic:", "avatar for", "share article via", "download mp3 (", "duration:", "click to share", "click to email", "click to print", "now reading:", "share a memory of", "was this post helpful", "was this guide helpful", "share episode:", "support local journalism", "this is a premium article", "reminder, this is a premium", "add to watchlist", "+ add to watchlist", "found an error", "spotted an error", "subscribe today", "your subscription helps", "local news matters", "share your feedback", "help us improve", "read our privacy policy", "i agree to", "i agree that", "please check the", "by signing up", "by subscribing", "thanks for signing up", "thank you for signing up", "please enter", "enter your email", "invalid email", "this copy is for your personal", "order reprints", "write to", "like this story", "also on", "share it with", "sign up for", "subscribe:", "listen on", "copy link to", "available on", "follow on", "share on", "share via", "share this", "kindly share", "join the conversation", "join the discussion", "if you buy something", "was this article", "was this page", "was this helpful", "listen to this", "join our", "sign up", "have a question", "got a story", "got a tip", "the views expressed", "views expressed", "disclaimer:", "disclaimer", "we independently", "this article contains affiliate", "this post contains affiliate", "we may earn", "open this photo", "voice is ai-generated", "please turn on javascript", "video player is loading", "comments closed", "we have turned off comments", "we have closed comments", "comments are closed", "comments have been", "load more", "show more", "view more", "see all", "more comments", "did you find", "rate this", "print article", "email article", "sign me up", "the views and opinions", "this article was produced", "editor's picks", "our journalism", "we rely on", "donate", "support us", "become a member", "become a subscriber", "terms & conditions", "manage preferences", "manage consent", "accept cookies", "reject cookies", "sign in with", "log in with", "create account", "forgot password", "tags:", "topics:", "filed under:", "related topics:", "categories:", "category:", "keywords:", "share:",
           "share this:", "follow us on", "follow us:", "sign up for", "subscribe to", "get the latest", "download the",
           "copyright", "©", "(c) ", "all rights reserved", "this article was originally published", "click here to",
           "you have reached your", "you've reached your", "already a subscriber", "already subscribed",
           "subscribe for", "to continue reading", "continue reading with", "this content is for subscribers",
           "this article is for subscribers", "this article is available to subscribers", "this article is only available to subscribers",
           "this story is for subscribers", "this story is available to subscribers", "this content is available to subscribers", "create a free account", "register for free", "log in to",
           "sign in to", "comments (", "view comments (", "join the conversation", "we use cookies",
           "this website uses cookies", "this site uses cookies", "by continuing to use", "by using this site",
           "we and our partners", "we value your privacy", "cookie policy", "privacy policy", "terms of use",
           "skip to", "jump to", "back to", "go to", "home >", "home /", "home »", "home ›", "you are here:",
           "listen to this", "listen to the", "audio version", "font size", "print this", "email this",
           "report an error", "have a news tip", "got a news tip", "send us your", "contact the newsroom",
           "newsletter", "get our", "want more", "never miss", "stay informed", "stay up to date", "thanks for reading",
           "enjoy unlimited", "unlock this", "support our journalism", "support independent journalism", "advertise with",
           "powered by", "designed by", "developed by", "app store", "google play", "loading comments",
           "please enable javascript", "your browser", "this video", "this video is unavailable", "watch live",
           "image ", "view gallery", "open gallery", "view image", "expand", "toggle", "show caption", "hide caption",
           # a wiki's page footer
           "this page was last edited", "this page was last modified", "text is available under", "content is available under",
           # a finance page's advice warning (de "keine anlageberatung")
           "general advice only", "general advice warning", "not financial advice", "this is general information only"],
    "de": ["kategorie:", "kategorien:", "diese seite wurde zuletzt", "beitrag anhören", "artikel teilen:", "video verfügbar bis", "verfügbar bis", "war dieser artikel hilfreich", "neue einträge (", "mehr zu:", "teilen auf", "per e-mail", "folgen sie", "sie sind anderer meinung", "schreiben sie uns", "mehr kommentare", "alle kommentare", "diskutieren sie mit", "transparenzhinweis", "dieser artikel enthält", "bild herunterladen", "alle bilder", "zur fotostrecke", "keine anlageberatung", "schlagworte:", "themen:", "tags:", "teilen:", "folgen sie uns", "newsletter", "jetzt abonnieren", "jetzt registrieren",
           "bereits abonnent", "dieser artikel ist", "lesen sie jetzt", "weiterlesen mit", "mit plus weiterlesen",
           "wir verwenden cookies", "diese website verwendet", "diese seite verwendet", "wir und unsere partner",
           "zustimmen und weiter", "kommentare (", "zur startseite", "sie sind hier:", "startseite >", "startseite ›",
           "alle rechte vorbehalten", "artikel anhören", "jetzt lesen", "hier anmelden", "zum newsletter", "push-nachrichten", "schlagwörter:"],
    "es": ["categorías:", "esta página se editó por última vez", "el texto está disponible bajo la licencia", "compartir esta noticia", "compartir este artículo", "escuchar esta noticia", "compartir en", "escuchar nota", "escuchar este artículo", "escuchar artículo", "temas relacionados:", "enviar por", "archivado en", "ver más", "cargar más", "únete", "no se hace responsable", "los comentarios", "escríbenos", "síguenos en", "recibe las", "apúntate", "etiquetas:", "temas:", "compartir:", "síguenos", "suscríbete", "suscribete", "ya eres suscriptor", "ya soy suscriptor",
           "este contenido es exclusivo", "utilizamos cookies", "usamos cookies", "este sitio utiliza", "esta web utiliza",
           "comentarios (", "todos los derechos reservados", "inicio >", "inicio /", "estás en:", "newsletter", "recibe",
           "descarga la app", "boletín", "únete"],
    "fr": ["catégories :", "catégories:", "la dernière modification de cette page", "les textes sont disponibles sous licence", "sujets associés", "réagir (", "vos réactions (", "voir le diaporama", "partager ·", "partager :", "cet article vous a-t-il", "vous avez trouvé une erreur", "signaler une erreur", "offrir l'article", "offrir l’article", "écouter l'article", "écouter l’article", "j'accepte", "j’accepte", "lire plus tard", "enregistrer", "écrire à", "partager sur", "envoyer par", "voir plus", "charger plus", "rejoignez", "les commentaires", "réagissez", "écrivez-nous", "signaler un", "cet article est une tribune", "n'engage pas", "inscrivez-vous", "recevez notre", "mots-clés :", "mots-clés:", "thèmes :", "partager :", "suivez-nous", "abonnez-vous", "déjà abonné", "cet article est réservé",
           "article réservé aux abonnés", "il vous reste", "la suite est réservée", "nous utilisons des cookies", "ce site utilise",
           "en poursuivant votre navigation", "nos partenaires et nous", "commentaires (", "tous droits réservés", "accueil >",
           "accueil /", "accueil ›", "vous êtes ici", "newsletter", "recevez", "inscrivez-vous", "téléchargez l'application", "étiquettes :", "étiquettes:"],
    "pt": ["categorias:", "esta página foi editada pela última vez", "o texto é disponibilizado nos termos da licença", "ouvir esta notícia", "ouça esta notícia", "compartilhar esta notícia", "compartilhe esta notícia", "duração:", "partilhar no", "partilhe no", "compartilhar no", "tópicos:", "assuntos:", "ouvir matéria", "ouvir esta matéria", "compartilhe no", "compartilhe nas", "enviar por", "ver mais", "carregar mais", "junte-se", "os comentários", "escreva para", "receba as", "siga a", "tags:", "temas:", "compartilhe:", "siga-nos", "siga o", "assine", "já é assinante", "conteúdo exclusivo para assinantes",
           "este conteúdo é exclusivo", "utilizamos cookies", "usamos cookies", "este site utiliza", "este site usa",
           "comentários (", "todos os direitos reservados", "início >", "você está em", "newsletter", "receba", "baixe o app",
           "inscreva-se", "cadastre-se"],
    "it": ["categorie:", "questa pagina è stata modificata per l'ultima volta", "il testo è disponibile secondo la licenza", "ascolta questo articolo", "ascolta la notizia", "condividi questo articolo", "condividi su", "invia per", "mostra altri", "carica altri", "unisciti", "iscriviti alla", "tag:", "argomenti:", "condividi:", "seguici", "abbonati", "sei già abbonato", "questo articolo è riservato",
           "utilizziamo i cookie", "questo sito utilizza", "commenti (", "riproduzione riservata", "tutti i diritti riservati",
           "home >", "newsletter", "iscriviti", "scarica l'app"],
    "nl": ["categorie:", "categorieën:", "deel op", "lees voor", "luister naar dit artikel", "deel via", "toon meer", "laad meer", "schrijf je in", "tags:", "onderwerpen:", "delen:", "volg ons", "abonneer", "word abonnee", "al abonnee", "dit artikel is",
           "wij gebruiken cookies", "deze website gebruikt", "reacties (", "alle rechten voorbehouden", "home >", "nieuwsbrief",
           "download de app"],
    # a tag line's label in the languages above do not list: "Tagi: protest, Brzeziny", "Теги: рынок", "Etiketler: sel"
    # a breadcrumb's first item ("Главная / Общество / ...", "Strona główna › Kraj")
    "pl": ["tagi:", "kategoria:", "kategorie:", "strona główna >", "strona główna ›", "strona główna /", "strona główna »",
           # a share row's buttons: "Udostępnij na Facebooku", "Wyślij e-mailem"
           "udostępnij na", "udostępnij przez", "wyślij e-mailem", "wyślij mailem", "wyślij link"],
    "ru": ["теги:", "главная >", "главная ›", "главная /", "главная »"],
    "tr": ["etiketler:"],
    # (a tag line's label: "Ämnen: Bröllop, Tv", "Emner: Renter, Boliglån", "Stikkord: Valg 2026")
    "sv": ["taggar:", "ämnen:", "ämnesord:", "kategori:", "kategorier:", "dela på", "dela via", "skicka som e-post", "skicka via e-post"],
    # a share row's buttons: "Del på Facebook", "Send som e-mail"
    "da": ["kategori:", "kategorier:", "del på", "del via", "send som e-mail", "send via e-mail", "send artiklen", "emneord:", "emner:", "tags:"],
    "no": ["kategori:", "kategorier:", "emner:", "stikkord:", "tags:", "del på", "del via", "send som e-post", "send via e-post"],
}

#: a length in minutes alone on a line: "3 min", "22 Min.", "4 minutos", "3 мин." (``chrome.lone_duration``)
LONE_DURATION: str = r"^\d{1,3}\s?(?i:min|mins|minutes|minuten|minutos|minuti|minuter|minutter|minut|мин|dk|menit)\.?$"

#: the site talking to its reader inside a line of prose: newsletter and app pitches,
#: subscription and donation appeals, comment policies, advice and opinion disclaimers
#: (searched anywhere in a line of up to 60 words; every pattern is lower case)
PITCH_PATTERNS: dict[str, list[str]] = {
    "en": [
        r"\benter your email\b", r"^by (?:subscribing|signing up|providing (?:an|your) email(?: address)?)\b.{0,20}\b(?:you|i) (?:agree|accept|consent)\b", r"^(?:the day's |the week's |our )?(?:top stories|best (?:writing|stories|journalism))\b.{0,50}\b(?:every|delivered)\b", r"\bturn on notifications\b", r"^(?:do you have|got|have) a (?:story|tip|news tip)\b[^?]{0,60}\?\s*(?:email|e-mail|contact|call|send|get in touch|tell us|write)\b",
        # the letters page's rules: "Submit a letter: Email letters@... or use the form at ..."
        r"^(?:submit|send) (?:a|your|us a) letter\b[^.:,]{0,30}[:,]\s*(?:email|e-mail|write|send|use|visit|go)\b",
        r"\b(?:in|to|into|straight to) your inbox\b", r"\bsign up (?:to|for) .{0,40}\bnewsletter\b", r"\bour (?:free |daily |weekly |weekday |morning |evening )+(?:newsletter|briefing|bulletin)\b", r"^(?:get|read|try|receive) our (?:[\w'’-]+ ){0,3}(?:newsletter|briefing|bulletin|digest)\b", r"^(?:get|receive|sign up for|subscribe to) (?:[\w&'’-]+ ){0,5}(?:newsletter|briefing|bulletin|digest)s?(?:\.?$|\. )",
        r"\bsubscribe (?:now|today)\b", r"\bfor (?:just |only )?[$£€]\s?\d+(?:\.\d\d)? (?:for|a|per) (?:your |the )?(?:first|month|week|year|\d)",
        r"\bsupport (?:our|independent|local|quality|public-interest|student|community) (?:\w+ )?journalism\b",
        # a sentence opened by the imperative: "Support the Chronicle. Fund independent journalism with £5 per month"
        r"(?:^|[.!?] )fund (?:our|independent|local|quality|public-interest|student|community) (?:\w+ )?journalism\b", r"\bbecome a (?:member|subscriber|supporter|friend of)\b",
        r"\bdownload the .{1,40} app\b", r"\bjoin (?:the|our) .{1,40} (?:whatsapp|telegram) channel\b", r"^forwarded this (?:email|newsletter)\b",
        r"\bnot (?:regulated |personal )?(?:financial|investment|medical|legal|agronomic) advice\b", r"\b(?:does|do|should) not (?:constitute|give|provide|offer|replace)\b.{0,40}\badvice\b",
        r"\bshould not be used for (?:the )?diagnosis\b", r"\b(?:views|opinions) expressed (?:here |in this (?:article|column|piece) )?(?:are|belong)\b", r"\bdo(?:es)? not necessarily (?:reflect|represent) the (?:views|opinion)",
        r"\bcomments are (?:checked|moderated|reviewed|pre-moderated)\b", r"^cite this article\b", r"^have a (?:story|news) tip\b", r"^have your say\b",

        r"\b(?:links? (?:on|in) (?:this|our)\b.{0,60}\baffiliate|(?:this|our) (?:article|page|post|guide|site|story)s? (?:may )?(?:contains?|includes?|uses?) (?:\w+ )?affiliate)", r"\bmay (?:earn|receive|get|make) (?:an? )?(?:small )?(?:affiliate )?(?:commission|fee|share of)\b",
        r"\bunsubscribe at any time\b", r"^one email (?:every|a|each) \w+", r"\bnot a substitute for (?:\w+ ){0,2}(?:advice|care|diagnosis|treatment)\b", r"\bfor general information(?:al purposes)? only\b",
        r"\b(?:data|prices|quotes) (?:are )?delayed (?:by )?(?:at least )?\d+ ?min", r"^have you been affected\b", r"\bsend (?:it|them) to us at\b",
        r"\backnowledges? the traditional (?:owners|custodians)\b",
        r"\bis subject to copyright\b", r"\bno part (?:of (?:this|it) (?:\w+ )?)?may be reproduced\b", r"^citation: .{0,200}\bretrieved\b",
        r"\b(?:meets?|hits?|lands? in|reach(?:es)?|arrives? in|right to) your inbox\b", r"\bprotected by recaptcha\b",
        # the site asking about itself or for support: "Tell us what you think about our new look by
        # taking this survey", "Support X so we can continue ...", "Want to stay updated? ... follow us by email"
        r"\b(?:by taking (?:our|this|a short|a quick) (?:survey|questionnaire)|take our (?:survey|questionnaire))\b", r"\bour new (?:look|design|website|site|article page|app)\b.{0,80}\b(?:survey|feedback|tell us|let us know)\b",
        r"^support [\w&'’.-]+(?: [\w&'’.-]+){0,3} so (?:that )?we (?:can )?(?:continue|keep)\b", r"^want to (?:stay|keep) (?:up to date|updated|informed)\b", r"\bfollow us (?:by|via|on) (?:email|e-mail|facebook|twitter|x|instagram|rss)\b",
        # the site or a series of it to follow on a social network: "Follow the long read on X at @...",
        # "Follow Vale & Wold Live on WhatsApp for breaking news" (opening the line: an imperative)
        r"^follow (?:the |our )?[\w&'’. -]{1,40}? on (?:x|twitter|facebook|instagram|threads|bluesky|tiktok|linkedin|whatsapp|telegram|youtube|google news|social media)\b",
        r"\b(?:stories|news|headlines|updates|newsletter|briefing) (?:that matters?,? )?delivered (?:to you )?(?:every |each )?(?:weekday|morning|evening|day|week)",
        r"\bget (?:our |the )?(?:breaking news|news) alerts\b", r"\band make a difference for (?:readers|our readers|journalism)\b",
        r"^comments (?:are|have been) (?:turned off|switched off|disabled) (?:on|for) (?:this|the) (?:story|article|page|post)\b", r"\bread our (?:community|comment|commenting) (?:standards|guidelines|rules|policy)\b",
        r"\bdownload our (?:free )?(?:\w+ )?app\b",
        r"^by (?:downloading|registering|submitting)\b.{0,60}\b(?:you|i) (?:agree|accept|consent)\b", r"(?:^|[.!:] )subscribe to (?:the |our )?[\w&'’ -]{1,40}? for (?:local |the latest |trusted |unlimited |more )?(?:news|journalism|coverage|access)\b", r"\byou(?:'ve|’ve| have) (?:read|used) \d+ of (?:your )?\d+ free (?:articles|stories)\b", r"\b\d+ free (?:articles?|stories) left\b", r"\bdonate (?:today |now )?to (?:keep|support|sustain) (?:our|local|independent|quality|public-interest)\b",
        # the imperative opening a sentence, whatever it supports ("Donate to support Indigenous-led news."),
        # and the free site's appeal before it ("Our journalism is free to read.")
        r"(?:^|[.!?] )donate (?:today |now )?to (?:keep|support|sustain)\b", r"^our (?:journalism|reporting|newsroom's work) is free (?:to read|for everyone|for all)\b",
        # more offers, notes on republished copy, newsletter blurbs and players' fallbacks
        r"\b\d+(?:[.,]\d+)?\s?€\s+(?:el|le|il|o|den)\s+(?:primer|premier|primo|primeiro|ersten)\s+(?:mes|mois|mese|mês|monat)\b", r"\bya eres suscriptor\b",
        r"\briservat[oa] agli abbonati\b", r"\bnos articles en illimité\b", r"\bdans votre boîte (?:mail|e-mail)\b", r"^(?:[\w'’-]+ ){0,3}newsletter\s*:",
        r"^get (?:the|our) (?:[\w'’-]+ ){1,4}(?:brief|briefing|newsletter|digest)$", r"^video unavailable\b", r"\bis republished (?:on|by) .{1,40} under licen[cs]e\b",
        r"\bdid not edit this (?:story|article)\b", r"\bgive [$£€]\d+ a month\b", r"^[\w'’ ]{1,40} is a non-?profit newsroom\.", r"\bdans le cadre de nos tribunes\b",
        r"\benter your (?:postcode|post code|zip code|zip)\b", r"^our (?:site|website) uses cookies\b", r"^\S+(?: \S+){0,2} \(opens in (?:a )?new (?:tab|window)\)",
        # paywall offers and registration walls; the newsroom's notes about itself (a charity, a trading
        # name, an AI summary, the issue a story appeared in); calls for letters, tips and recipes' ratings
        r"\bcancel any ?time\.?$", r"^get unlimited (?:digital )?access\b", r"\bunlimited (?:digital )?access (?:for|from) [$£€]", r"\bby registering for free\b",
        r"^(?:sign in|log in) or subscribe to (?:keep|continue) reading\b", r"^subscribe to .{1,40} to (?:continue|keep) reading\b", r"^you(?:'ve|’ve| have) read \d+ (?:free )?(?:articles|stories)\b",
        r"\bask us here\b", r"\bcontact (?:our|the) (?:\w+ )?team in confidence\b", r"^tried this recipe\b", r"\bsend a letter to the editor\b", r"\bletters may be edited\b",
        r"^listen to our podcast\b", r"^follow our live (?:page|blog|coverage)\b", r"^allow cookies to view\b", r"^want (?:local |more )?news on your phone\b",
        r"\btell us what you think (?:of|about) (?:our|the) (?:new|redesigned)\b", r"\bdonations pay for\b", r"\bplease consider (?:becoming|supporting|a donation|donating|subscribing)\b",
        r"\bsupport [\w&'’. -]{1,40} with a (?:subscription|donation|membership)\b", r"\bregistered charity (?:no|number)\b", r"\bis a trading name of\b", r"\bregistered in england and wales\b",
        r"\breproduction in whole or in part\b", r"\b(?:were|was|are|is) generated by (?:ai|artificial intelligence)\b", r"^this (?:story|article) (?:appears|appeared) in the .{0,40} (?:issue|edition)\b",
        r"^local democracy reporting service\b", r"^vote now in\b", r"\bwe reserve the (?:right|ability) to (?:disable|close|remove) (?:comments|the comment)",
        r"^get (?:the |our )?(?:[\w&'’-]+ ){0,4}(?:newsletter|briefing|bulletin|digest)\s*:", r"^the best of our (?:\w+ )?(?:stories|journalism|reporting)\b",
        r"\bfirst on the [\w' ]{1,30} app\b", r"^disclaimer\s*:",
        # the site's other appeals: funded by readers, a survey about its redesign, how it rates
        # claims, the reader poll of the match
        r"\b(?:we(?:'re|’re| are) (?:trying out|testing|building)|we(?:'ve|’ve| have) redesigned)\b.{0,60}\b(?:survey|tell us|let us know|feedback)\b", r"\b(?:is|are) (?:free (?:to read )?and )?funded by (?:its |our )?readers\b",
        r"\bhelp us keep going\b", r"\bplease chip in\b", r"\bsupport (?:our|the) (?:\w+ ){0,2}(?:coverage|reporting|fact-checking|work) (?:with|by)\b", r"\bkeeping this (?:live )?(?:page|blog|coverage) free\b",
        r"^why you can trust\b", r"^to report an error\b", r"^how we rate (?:claims|statements)\b", r"^who was your (?:\w+ )?(?:player|man) of the (?:match|game)\b",
        r"\bif you enjoyed this\b.{0,60}\b(?:newsletter|subscribe|sign up)\b", r"^enjoy(?:ing)? (?:this|the) [\w'’ ]{1,40}\? (?:forward|share|subscribe|get|sign)\b", r"^want your (?:club|team|school|event)\b.{0,60}\bsend\b",
        # a newsletter's promise and sign-up, a reader-funded site's appeal, a follow-us line,
        # a link disclaimer, a publisher's standards and its data's delay
        r"^sign up (?:to|for) [\w'’ ]{1,40}, (?:our|the) (?:\w+ ){0,2}(?:guide|newsletter|briefing|roundup|digest|bulletin)\b", r"\bwe(?:'ll|’ll| will) never share your (?:email|e-mail|address|details|data)\b",
        r"\bjournalism matters\b.{0,20}\b(?:donate|support|subscribe|chip in)\b", r"\bfollow [\w'’ ]{1,40} on (?:whatsapp|telegram)\b.{0,60}\b(?:update|alert|news|story)",
        r"\bis not responsible for the content of external (?:sites|websites|links|internet sites)\b", r"\b(?:quotes|prices|data) delayed (?:a|by a)? ?minimum of \d+ ?min", r"^delayed (?:by )?\d+ ?min(?:utes|s)?\.? (?:prices|quotes|data)\b", r"^our standards\s*:",
        r"^glossary\s*:\s*(?:tap|click|hover)\b", r"^(?:book|buy) tickets\s*:\s*find\b",
        # a comment form's notes (WordPress's words) and a guest book's invitation
        # a wiki's tagline over its article: "From Wikinews, the free news source"
        r"^from [\w'’. -]{2,40}, the free (?:[\w-]+ ){0,2}(?:encyclop(?:a)?edia|news source|news|wiki)\b",
        # a union's or a club's membership prompt: "Not a member yet? Join the ... today"
        r"^not (?:yet )?an? (?:member|subscriber)(?: yet)?\?\s+(?:join|subscribe|sign up|become)\b",
        r"^your email address will not be published\b", r"^save my name, email,? and website in this browser\b", r"^(?:leave|share|write) a (?:memory|message|tribute)\b.{0,40}\bcondolence",
        # comments closed on a kind of story: "Note to our readers: Comments on court stories are closed for legal reasons."
        # (the site's kind of story, not a consultation's: "Comments on the proposal have been closed since March")
        r"\bcomments (?:on|for|under) (?:this|these|such|all|our|some|certain|court|legal|crime|sensitive)\b(?: [\w'’-]+){0,3} (?:are|have been) (?:closed|disabled|turned off|switched off)\b",
        # a call for readers' pictures, in the languages of the sites that print it: "Schick uns deine Bilder und
        # Videos via WhatsApp", "Envíanos tus fotos", "Envoyez-nous vos photos", "Stuur ons je foto's"
        r"\b(?:schick|schicke|schickt|schicken sie) uns (?:deine|ihre|eure|dein|ihr|euer) (?:\w+ ){0,2}(?:fotos|bilder|videos|hinweise)\b",
        r"\b(?:envíanos|mándanos|envíenos|envoyez-nous|envoie-nous|inviaci|mandaci|stuur ons) (?:tus|sus|vos|tes|le tue|le vostre|i tuoi|je|jouw|uw) (?:\w+ ){0,2}(?:fotos|imágenes|vídeos|videos|photos|vidéos|images|foto|video|segnalazioni|foto's|video's|beelden)\b",
        # a membership prompt: "¿Aún no estás afiliada o afiliado? Únete ...", "Pas encore membre ? Adhérez ..."
        r"^¿?(?:aún|todavía) no (?:eres|estás) (?:socio|socia|afiliad[oa]|miembro|suscriptor|suscriptora)\b.{0,30}\?\s+(?:únete|hazte|afíliate|suscríbete)\b",
        r"^pas encore (?:membre|adhérent|adhérente|abonné|abonnée)\b.{0,30}\?\s+(?:adhérez|rejoignez|abonnez)\b",
        # an alerts sign-up under a wire story: "Get poll alerts and updates on the AP Top 25 throughout the season."
        r"^get (?:[\w-]+ ){0,2}alerts and updates (?:on|about|from)\b",
    ],
    "de": [r"^noch kein (?:mitglied|abonnent)\?\s+(?:jetzt|werden sie|werde)\b", r"\bwir haben unser(?:e)? (?:portal|website|webseite|seite|angebot|app) neu gestaltet\b", r"\bnehmen sie an unserer (?:kurzen )?umfrage teil\b", r"\bist nicht verantwortlich für (?:den|die) inhalte? externer\b", r"^der [\w-]*newsletter (?:der|des|von|vom)\b.{0,60}\bkostenlos\b", r"\bjetzt\b.{0,25}\btesten\b", r"^lesen sie den (?:vollständigen|ganzen) artikel mit\b", r"\bkommentare werden vor (?:der|ihrer) veröffentlichung\b", r"\bverpassen sie keine (?:nachricht|news|meldung)\b", r"^[\w-]*newsletter\s*:", r"\bleserbriefe\b.{0,40}\bschicken sie\b", r"\bangaben\b.{0,30}\bohne gewähr\b", r"\bsind keine kommentare möglich\b", r"^sie lesen (?:gerade )?einen artikel\b", r"\bkeine \w+ mehr verpassen\b", r"\bunser [\w-]*newsletter\b", r"\bin ihrem (?:e-mail-)?postfach\b", r"\bin (?:dein|ihr) (?:e-mail-)?postfach\b", r"\bkeine anlageberatung\b", r"\bgeben die meinung der\b", r"\bdie kommentarfunktion\b", r"\bsie haben \d+ von \d+ (?:kostenlosen|freien|gratis-) ?artikeln\b", r"\bunterstützen sie (?:unseren|unabhängigen|den lokal)", r"\bjetzt (?:kostenlos )?(?:für den newsletter )?anmelden\b", r"\b(?:dieser artikel|diese seite|dieser beitrag) enthält (?:\w+ )?affiliate-links\b", r"\berhalten wir (?:dafür )?(?:eventuell |unter umständen |möglicherweise )?(?:eine )?(?:kleine )?provision\b", r"\b(?:laden sie|lade dir) (?:jetzt )?(?:unsere|die) (?:kostenlose )?(?:[\w-]+ )?app\b", r"\bschicken wir ihnen\b", r"\bangaben ohne gewähr\b", r"\bverzögert um (?:mindestens )?\d+ min", r"\bersetz(?:t|en) (?:keine|nicht die) (?:ärztliche |medizinische |rechtliche )?(?:beratung|behandlung|diagnose)\b", r"\b(?:die )?kommentare spiegeln nicht die meinung\b", r"^bitte melden sie sich an,? um (?:zu posten|zu kommentieren|mitzudiskutieren)\b", r"^mit (?:der|ihrer) anmeldung akzeptieren sie\b", r"^wer war ihr spieler des spiels\b"],
    "fr": [r"\bsuivez-nous sur (?:facebook|instagram|x|twitter|whatsapp|telegram|tiktok|linkedin|youtube)\b.{0,60}\b(?:notifications|informé|actualité)", r"\bn['’]est pas responsable du contenu des sites\b", r"\b(?:à partir de|dès) \d+\s?€ le premier mois\b", r"\bcommentaires sont modérés\b", r"\b(?:recevez|inscrivez-vous)\b.{0,80}\b(?:lettre|newsletter)\b", r"\bsoutenez (?:le travail de )?(?:nos|notre) (?:journalistes|rédaction)\b", r"\bne (?:remplacent|remplace) pas (?:une|un|l['’])\s?(?:consultation|avis)", r"\bn['’]engagent? que (?:leurs?|son|sa) auteur", r"\bseuls les abonnés peuvent\b", r"\bliens? (?:d['’]affiliation|affiliés)\b", r"\b(?:percevoir|toucher|recevoir) une (?:petite )?commission\b", r"\brecevez (?:chaque|tous les)\b", r"\bvous résume\b", r"\bne (?:remplacent|remplace) pas (?:les|le) conseils?\b", r"\bdifférées? de \d+ ?min", r"^téléchargez (?:l['’]application|notre application)\b", r"^notre (?:échelle|grille) de notation\b", r"^soutenez le journalisme\b", r"\babonnez-vous\b.{0,60}\bdès \d+ ?(?:€|euros?) le premier mois\b"],
    "es": [r"\bcancela cuando quieras\b", r"^primer mes por\b", r"\b(?:suscríbete|inscríbase|inscríbete)\b.{0,60}\b(?:boletín|newsletter)\b", r"\b(?:recibe|reciba) .{0,60}\b(?:boletín|newsletter)\b", r"\bel periodismo local cuesta\b", r"\bresponsabilidad exclusiva de (?:su|sus) autor", r"\bopiniones expresadas\b", r"\benlaces\b.{0,40}\bafiliad[oa]s\b", r"\b(?:recibir|cobrar|obtener|recibimos) una (?:pequeña )?comisión\b", r"\ben tu correo\b", r"\bsuscríbete aquí\b", r"\bno sustituye (?:la consulta|el consejo|el asesoramiento|el diagnóstico)\b", r"\bretrasad[oa]s \d+ ?min", r"\blos comentarios están sujetos a (?:moderación|revisión)\b", r"^para seguir leyendo\b.{0,60}\b(?:suscríbete|hazte|regístrate|socio|suscriptor)", r"\bdescarga (?:la|nuestra) app\b", r"\bestamos estrenando (?:diseño|web|página)\b", r"\ben esta (?:breve|corta|pequeña) encuesta\b", r"^responde (?:a )?nuestra encuesta\b", r"\bsíguenos en (?:nuestro canal de )?(?:whatsapp|telegram|instagram)\b", r"\bapoya (?:el|al) periodismo\b", r"\bhaz tu (?:donativo|donación)\b"],
    "pt": [r"^siga (?:o|a|os|as) [\w'’ ]{1,40} no (?:canal do |canal de )?(?:whatsapp|telegram|instagram|google news)\b", r"^assine a nossa newsletter\b", r"^ao (?:se )?(?:cadastrar|subscrever|assinar|inscrever)(?:-se)?,? (?:você )?(?:concorda|aceita)\b", r"\bexclusivo para assinantes\b", r"\bnão refletem necessariamente\b", r"\benviamos-lhe\b", r"\breceba .{0,60}\bnewsletter\b", r"\bjornalismo (?:regional|local) só sobrevive\b", r"\blinks?\b.{0,40}\bafiliad[oa]s?\b", r"\bpodemos receber (?:uma )?(?:pequena )?comissão\b", r"\bno seu e-?mail\b", r"\bnão substitui (?:a consulta|o aconselhamento|o parecer|o diagnóstico)\b", r"\batrasad[oa]s (?:em )?\d+ ?min", r"\bpesquisa sobre o novo (?:layout|visual|site|design)\b", r"^apoie o jornalismo\b", r"\b(?:faça|faz) uma assinatura a partir de\b", r"^continue a ler (?:este artigo )?com uma assinatura\b", r"\bsiga a gente no (?:instagram|whatsapp|telegram|facebook)\b",
           # the channel plug under a story, often behind a phone emoji: "📲 Participe do canal do g1 no WhatsApp"
           r"\bparticipe do canal d[oa] [\w'’ ]{1,40} no (?:whatsapp|telegram)\b"],
    "it": [r"\bnella tua casella\b", r"\bimpegnano soltanto\b", r"\bper continuare a leggere\b", r"\biscriviti alla (?:nostra )?newsletter\b", r"\bsostieni (?:il )?(?:nostro )?giornalismo\b", r"\blink (?:di )?affiliazion", r"\bpotremmo ricevere una (?:piccola )?commissione\b", r"\bnon sostituisc\w* (?:il parere|la consulenza|il consiglio|la diagnosi)\b", r"\bin ritardo di \d+ ?min", r"^scarica (?:l['’]app|la nostra app|gratis l['’]app)\b", r"\bi commenti sono (?:moderati|soggetti a moderazione)\b", r"^il giornalismo (?:locale|di qualità) ha un costo\b", r"\bsostieni [\w' ]{1,40} con un abbonamento\b", r"\bseguici su (?:telegram|whatsapp|instagram|facebook)\b"],
    "pl": [r"^nie jesteś (?:jeszcze )?członkiem\?\s+(?:dołącz|zapisz)", r"^zapisz się na (?:nasz |naszego )?newslett?er", r"\bprosto (?:na|do) (?:twoją|swoją) skrzynk", r"^wykup dostęp\b", r"\b(?:artykuł|tekst) jest dostępny (?:tylko )?dla (?:subskrybentów|prenumeratorów)\b", r"\bnie stanowią rekomendacji inwestycyjnej\b", r"^wspieraj (?:lokalne |niezależne )?dziennikarstwo\b", r"\bkup (?:cyfrową )?prenumeratę\b", r"^zapisz się do (?:naszego )?newslettera\b", r"^pobierz aplikację\b"],
    "ru": [r"\bоформите подписку\b", r"^первый месяц\s*[—–-]\s*за \d", r"^мы обновили сайт\b", r"\bпройдите (?:короткий |небольшой )?опрос\b", r"^подписывайтесь на (?:наш )?(?:telegram|телеграм)", r"^мнение (?:автора|редакции) (?:может не совпадать|не всегда совпадает)\b"],
    "sv": [r"^inte medlem(?: än| ännu)?\?\s+(?:bli|gå med)\b", r"\bprenumerera på (?:vårt|våra) nyhetsbrev\b", r"^logga in för att läsa vidare\b", r"^detta är en (?:debattartikel|krönika|ledare)\b", r"\båsikterna är skribentens egna\b", r"^kommentarsfunktionen är (?:avstängd|stängd)\b", r"\b(?:artikeln|texten|sidan|inlägget) innehåller (?:\w+ )?affiliatelänkar\b", r"\bvi (?:kan få|får) (?:en )?provision\b"],
    "da": [r"^ikke medlem(?: endnu| ennå| enda)?\?\s+(?:bliv|bli|meld)\b", r"\b(?:artiklen|siden|indlægget) indeholder (?:\w+ )?affiliatelinks\b", r"\bvi (?:kan få|får) (?:en )?provision\b"],
    "no": [r"\b(?:artikkelen|saken|siden|innlegget) inneholder (?:\w+ )?affiliatelenker\b", r"\bvi (?:kan få|får) (?:en )?provisjon\b"],
    "ja": [r"アンケートにご協力ください", r"(?:line|ライン)で受け取", r"友だち追加はこちら"],
    # a follow-the-channel plug: "नगर समाचार को WhatsApp पर फॉलो करें और पाएं हर बड़ी खबर सबसे पहले"
    "hi": [r"\b(?:whatsapp|telegram) पर (?:फॉलो|फ़ॉलो|ज्वाइन|जॉइन|जुड़ें|सब्सक्राइब)"],
    "zh": [r"(?:参与|填写).{0,12}(?:调查|问卷)", r"关注我们的(?:微信)?公众号", r"网站改版了"],
    "nl": [r"^(?:nog )?geen lid\?\s+(?:word|meld)\b", r"\b(?:wij|we) ontvangen mogelijk een vergoeding\b", r"^elke (?:ochtend|dag|week)\b.{0,60}\bnieuws\b", r"\bin je (?:inbox|mailbox)\b", r"\bschrijf je in\b.{0,60}\bnieuwsbrief\b", r"^heb (?:jij|je) een tip\b", r"\baffiliate links?\b.{0,40}\bcommissie\b", r"^steun (?:de )?(?:lokale |regionale |onafhankelijke )?journalistiek\b", r"^word vriend (?:vanaf|voor)\b", r"^meld je aan voor (?:onze|de) (?:\w+ )?nieuwsbrief\b", r"\bontvangen (?:wij|we) mogelijk een vergoeding\b", r"\bstuur (?:ons|de redactie) een (?:bericht|berichtje|appje) via whatsapp\b",
           # a regional broadcaster's tip line: "Stuur je tip, foto of video via WhatsApp naar 06-..."
           r"\bstuur (?:ons )?(?:je|jouw) tips?\b.{0,40}\bvia (?:whatsapp|e-?mail|de mail)\b"],
    # a portal's channel plug under the story: "Simak breaking news dan berita pilihan kami langsung di ponselmu."
    "id": [r"^simak breaking news dan berita pilihan\b", r"\bpilih saluran andalanmu\b"],
    # an investment disclaimer under a markets story ("Burada yer alan bilgiler yatırım tavsiyesi değildir.")
    "tr": [r"\byatırım tavsiyesi (?:değildir|niteliği taşımaz|kapsamında değildir)", r"\byatırım danışmanlığı kapsamında değildir\b", r"\bbağlantılar(?:ı)? ortaklık bağlantısıdır\b", r"\bkomisyon (?:alabiliriz|kazanabiliriz)\b"],
}
#: a line is searched for :data:`PITCH_PATTERNS` only when it holds one of these
PITCH_CUES: list[str] = [
    "survey", "questionnaire", "tell us", "so we", "stay updated", "stay up to date", "keep updated", "follow us",
    "inbox", "newsletter", "briefing", "bulletin", "subscribe", "journalism", "become a", "download the", "whatsapp", "telegram",
    "forwarded", "follow ", "submit a letter", "send a letter", "send your letter", "send us a letter", "advice", "diagnosis", "expressed", "necessarily", "comments are", "cite this", "have a story", "have a news",
    "have your say", "postfach", "anlageberatung", "meinung der", "kommentarfunktion", "unterstützen sie", "anmelden", "lettre",
    "soutenez", "remplace", "engage", "abonnés", "boletín", "periodismo", "responsabilidad", "opiniones", "assinantes", "refletem",
    "enviamos", "jornalismo", "impegnano", "continuare a leggere", "iscriviti", "sostieni", "mailbox", "nieuwsbrief",
    "affiliat", "afiliad", "ortaklık bağlantı", "komisyon alabil", "komisyon kazanabil", "provisjon", "affiliés", "commission", "comisión", "comissão", "provision", "unsubscribe", "one email",
    "schicken wir", "correo", "recevez", "vous résume", "seu e-mail", "seu email", "substitu", "sostituisc", "ersetz",
    "general information", "ohne gewähr", "verzögert", "delayed", "ritardo", "différée", "retrasad", "atrasad",
    "been affected", "to us at", "een tip", "traditional", "subject to copyright", "be reproduced", "citation:",
    "enter your email", "by subscribing", "by signing up", "by providing", "top stories", "best writing", "best stories",
    "best journalism", "notifications", "a story", "a tip", "news tip", "abonnieren", "verpassen", "ihrem postfach",
    "tua casella", "premier mois", "modérés", "cancela", "primer mes", "elke",
    "primer mes", "premier mois", "primo mese", "primeiro mês", "ersten monat", "suscriptor", "abbonati", "en illimité",
    "boîte mail", "boîte e-mail", "get the", "get our", "unavailable", "republished",
    "did not edit", "opens in", "a month", "newsroom", "tribunes", "postcode", "post code", "zip", "uses cookies",
    "cancel any", "unlimited", "registering for free", "keep reading", "continue reading", "you've read", "you’ve read", "you have read",
    "ask us here", "in confidence", "tried this recipe", "letter to the editor", "letters may be", "our podcast", "live page",
    "live blog", "live coverage", "allow cookies", "on your phone", "what you think", "donations pay", "please consider", "with a subscription",
    "with a donation", "with a membership", "registered charity", "trading name", "england and wales", "in whole or in part",
    "generated by", "appears in the", "appeared in the", "local democracy", "vote now", "we reserve", "newsletter", "briefing",
    "best of our", "first on the",
    "by downloading", "by registering", "by submitting",
    "disclaimer", "testen", "lesen sie den", "kommentare werden", "verpassen sie", "leserbriefe", "gewähr", "kommentare möglich",
    "sie lesen", "testing", "we're building", "we’re building", "we are building",
    "trying out", "redesigned", "funded by", "keep going", "chip in", "support our", "support the", "live page free",
    "can trust", "report an error", "we rate", "player of the", "enjoyed this", "enjoy this", "enjoying this", "enjoy the", "want your", "spiegeln nicht",
    "bitte melden sie sich", "mit der anmeldung", "mit ihrer anmeldung", "spieler des spiels", "estrenando", "encuesta",
    "síguenos", "apoya", "téléchargez", "notation", "soutenez", "abonnez-vous", "pesquisa", "apoie", "assinatura",
    "siga a gente", "ha un costo", "abbonamento", "seguici", "steun", "word vriend", "meld je aan", "vergoeding",
    "whatsapp", "wspieraj", "prenumeratę", "zapisz się", "pobierz aplikację", "обновили сайт", "опрос", "подписывайтесь",
    "мнение", "debattartikel", "krönika", "ledare", "skribentens", "kommentarsfunktionen", "アンケート", "で受け取",
    "友だち追加", "调查", "问卷", "公众号", "改版", "alerts and updates", "simak breaking", "saluran andalanmu",
    "free articles", "free stories", "neu gestaltet", "umfrage teil", "will not be published", "save my name", "condolence", "sign up to", "never share", "journalism matters", "not responsible", "minimum of", "our standards", "glossary", "tickets",
    "nicht verantwortlich", "suivez-nous", "pas responsable", "siga o", "siga a", "assine a", "ao se", "ao subscrever", "ao assinar", "ao inscrever",
    "zapisz się", "skrzynk", "wykup dostęp", "dostępny", "rekomendacji", "оформите подписку", "первый месяц", "prenumerera på", "logga in för", "ontvangen mogelijk", "kostenlosen artikeln", "freien artikeln", "recaptcha", "delivered", "news alerts", "make a difference", "comments are", "comments have", "read our", "download our", "donate to",
    "provision", "laden sie", "lade dir", "dieser beitrag", "comentarios", "seguir leyendo", "descarga", "scarica", "commenti",
    "yatırım",
    # a donation call: "Haz tu donativo en 2 minutos."
    "donativo", "donación",
    # a wiki's tagline; membership prompts
    ", the free", "member yet", "a member?", "a subscriber?", "geen lid", "kein mitglied", "kein abonnent", "inte medlem", "ikke medlem", "członkiem",
    # comments closed on a kind of story ("Comments on court stories are closed")
    "comments on", "comments for", "comments under",
    # a call for readers' pictures and a membership prompt in more languages
    "schick", "envíanos", "mándanos", "envíenos", "envoyez-nous", "envoie-nous", "inviaci", "mandaci", "stuur ons",
    "aún no", "todavía no", "pas encore",
]
#: ... or a price together with one of these ("$1 for your first month", "£5 a week")
PITCH_PRICE_CUES: list[str] = ["first", "month", "week", "year"]

#: cookie and consent prose, recognised anywhere in a line
CONSENT_WORDS: list[str] = [
    "cookies", "cookie", "consent", "privacy settings", "personalised ads", "personalized ads", "gdpr", "tracking technologies",
    "einwilligung", "datenschutzeinstellungen", "consentimiento", "consentement", "consentimento", "consenso",
    "toestemming", "traceurs", "rastreadores", "your data", "personal data", "protection of your data",
    "données personnelles", "dados pessoais", "datos personales", "personenbezogene daten",
    "informasjonskapsler", "använder kakor", "файлы cookie",
    "çerez", "çerezler", "çerezlerle", "çerezleri", "kişisel verileriniz", "kvkk",
]

#: words of a site's menu that are no furniture alone (a subheading "Research" or "Jobs" is the
#: story's), but count toward a flattened menu line: "Home About Donate Contact",
#: "News Sport Leisure Jobs Homes Motors Announcements"
NAV_WORDS: list[str] = [
    "about", "donate", "jobs", "homes", "new homes", "motors", "cars", "announcements", "notices", "leisure",
    "property", "rent", "buy", "sold", "commercial", "research", "find agents", "agents", "obituaries", "classifieds",
    "puzzles", "crosswords", "games", "people", "shopping", "deals", "reviews", "events", "what's on", "food",
    "drink", "motoring", "arts", "books", "music", "film", "tv", "radio", "style", "fashion", "beauty", "home & garden",
    "wetter", "immobilien", "stellen", "anzeigen", "leute", "empleo", "motor", "emploi", "immobilier", "annonces",
]

#: a share bar's buttons under which a bare count is the button's counter ("Share" / "214" / "Tweet");
#: the comments' button and a share icon's name too (``chrome.share_count``)
SHARE_COUNT_BUTTONS: dict[str, list[str]] = {
    "en": ["share", "shares", "comments", "share_icon", "share icon"],
    "de": ["teilen", "kommentare"],
    "es": ["compartir", "comentarios"],
    "fr": ["partager", "commentaires"],
    "it": ["condividi", "commenti"],
    "pt": ["compartilhar", "partilhar", "comentários"],
    "nl": ["delen", "reacties"],
    "sv": ["dela", "kommentarer"],
    "da": ["del", "kommentarer"],
    "no": ["del", "kommentarer"],
    "pl": ["udostępnij", "komentarze"],
}

#: a clip's kind alone on a line over its caption ("Vídeo" / "Os golos do jogo (2:37)"): the player's label
MEDIA_LABELS: list[str] = ["video", "vídeo", "vidéo", "audio", "áudio", "wideo", "видео", "аудио", "podcast"]

#: words of a breadcrumb or nav strip separator
NAV_SEPARATORS: str = "|>›»/·•▸►→"
# fmt: on

#: a file picture described: "File picture of a police car outside Emerald station", "A file photo of
#: a Via Rail locomotive in Toronto", "Foto de archivo de ...", "Archivfoto vom ..." (a sentence about
#: an archive photograph is the story's: "An archive photograph shown to the cabinet shows ...")
CAPTION_FILE_PHOTO_OF: str = (
    r"^\(?(?:(?i:an?|the)\s+)?(?i:file|archive|stock|library)\s+(?i:photo|picture|image|photograph|pic)s?\s+(?i:of)\s"
    r"|^(?i:foto|imagen|fotografía)\s+de\s+archivo\s+(?:de|del)\s"
    r"|^(?i:photo|image)s?\s+d['’]archives?\s+(?:de|du|des)\s"
    r"|^(?i:foto|imagem)\s+de\s+arquivo\s+(?:de|do|da|dos|das)\s"
    r"|^(?i:foto|immagine)\s+d['’]archivio\s+(?:di|del|della|dei|delle)\s"
    r"|^(?i:archivfoto|archivbild)\s+(?:von|vom|der|des)\s"
    r"|^(?i:archieffoto|archiefbeeld)\s+van\s"
    # Indonesian sites' picture that illustrates, described: "Ilustrasi seorang ibu memeriksa ...", "Foto
    # ilustrasi pasien di ..." (not the illustration as a sentence's subject: "Ilustrasi tersebut dibuat ...")
    r"|^(?:(?i:foto)\s+)?(?i:ilustrasi)\s+(?!(?i:tersebut|ini|itu|yang|karya|dibuat|menunjukkan|menggambarkan)\b)\p{Ll}"
)

#: a chart's range buttons and a readers' rating with its votes, alone on a line (``chrome.widget``)
WIDGET_LINE: str = (
    r"^(?:1[dwmyh]|[2-9][dwmyh]|\d{2}[dwmyh]|ytd|max|all)(?:\s*[|·/]?\s*(?:\d{1,2}[dwmyh]|ytd|max|all)){2,8}$"
    r"|^(?:(?:user|readers?['’]?|audience|community|our)\s+(?:score|rating)\s*:?\s*)?\d{1,2}(?:[.,]\d)?(?:\s*/\s*(?:5|10))?"
    r"\s*(?:\(\s*\d[\d,.]*\s+(?:votes?|ratings?)\s*\)|from\s+\d[\d,.]*\s+(?:votes?|ratings?))$"
)
