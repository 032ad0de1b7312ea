"""Fictional members for the PDF reader tests and the sample fixture (English and French)."""

from __future__ import annotations

from tests.pdf_builder import Company, Member, Role, School


def astrid() -> Member:
    """An English "Save to PDF": grouped roles, a role without location, 2 pages."""
    return Member(
        name="Astrid Holm",
        headline="Senior Data Engineer at Nordlys Energy | Streaming pipelines, Python, Kafka",
        location="Copenhagen, Capital Region of Denmark, Denmark",
        contact=[
            "astrid.holm@example.com",
            "www.linkedin.com/in/astrid-holm-4a1b2c (LinkedIn)",
            "astridholm.example.dev (Personal)",
        ],
        top_skills=["Apache Kafka", "Python (Programming Language)", "Data Modeling"],
        languages=[
            "Danish (Native or Bilingual)",
            "English (Full Professional)",
            "German (Elementary)",
        ],
        certifications=[
            "Confluent Certified Developer for Apache Kafka",
            "Google Cloud Professional Data Engineer",
        ],
        honors=["Nordlys Engineering Award 2023"],
        publications=["Exactly-once delivery in practice: lessons from a grid operator"],
        projects=["Open grid telemetry schema"],
        summary=[
            "I build data platforms that energy companies can trust at 3 a.m. Over eight "
            "years I have designed streaming pipelines that move 40,000 meter readings a "
            "second, cut cloud costs by a third and taught three teams to own their data.",
            "What I bring:\n• Event streaming with Kafka and Flink, from schema design to "
            "on-call\n• Python and SQL that other people enjoy maintaining\n• Calm, written "
            "communication with operations and finance",
            "Open to talks on grid data and mentoring junior engineers: astrid.holm@example.com",
        ],
        experience=[
            Company(
                "Nordlys Energy",
                tenure="6 years 4 months",
                roles=[
                    Role(
                        "Senior Data Engineer",
                        "January 2022 - Present (3 years 7 months)",
                        "Copenhagen, Capital Region of Denmark, Denmark",
                        [
                            "Lead a team of 4 engineers running the real-time metering "
                            "platform (Kafka, Flink, PostgreSQL) behind 1.2 million households.",
                            "• Cut end-to-end latency from 9 minutes to 40 seconds by moving "
                            "batch jobs to streaming\n• Reduced cloud spend by 31% (EUR 280k a "
                            "year) with tiered storage\n• Introduced data contracts adopted by "
                            "6 product teams",
                        ],
                    ),
                    Role(
                        "Data Engineer",
                        "March 2019 - December 2021 (2 years 10 months)",
                        "Aarhus, Central Denmark Region, Denmark",
                        [
                            "Built the first event pipeline for smart-meter readings and the "
                            "billing data warehouse. Automated 120 manual reports, saving the "
                            "finance team two days each month.",
                        ],
                    ),
                ],
            ),
            Company(
                "Havn Logistics",
                roles=[
                    Role(
                        "Backend Developer",
                        "August 2016 - February 2019 (2 years 7 months)",
                        None,
                        [
                            "Developed route-planning services in Python and Go for 300 "
                            "trucks. Designed the shipment tracking API used by 40 customers "
                            "and wrote the on-call runbooks the team still uses today.",
                        ],
                    ),
                ],
            ),
            Company(
                "Technical University of Denmark",
                roles=[
                    Role(
                        "Teaching Assistant",
                        "September 2014 - June 2016 (1 year 10 months)",
                        "Kongens Lyngby, Capital Region of Denmark, Denmark",
                        [
                            "Taught weekly exercise classes in databases and algorithms to "
                            "groups of 30 students; graded 200 projects a term.",
                        ],
                    ),
                ],
            ),
        ],
        education=[
            School(
                "Technical University of Denmark",
                "Master of Science - MS, Computer Science · (2014 - 2016)",
            ),
            School("Aarhus University", "Bachelor of Science - BS, Mathematics · (2011 - 2014)"),
        ],
    )


def camille() -> Member:
    """A French "Enregistrer au format PDF": French headings, dates and durations."""
    return Member(
        name="Camille Rousseau",
        headline="Responsable marketing digital chez Brioche & Co | SEO, contenus, acquisition",
        location="Lyon, Auvergne-Rhône-Alpes, France",
        lang="fr",
        contact=[
            "camille.rousseau@example.fr",
            "+33 6 12 34 56 78 (Mobile)",
            "www.linkedin.com/in/camille-rousseau-lyon (LinkedIn)",
        ],
        top_skills=["Référencement naturel (SEO)", "Marketing de contenu", "Google Analytics"],
        languages=[
            "Français (Bilingue ou langue natale)",
            "Anglais (Capacité professionnelle complète)",
            "Espagnol (Notions)",
        ],
        certifications=["Google Analytics Individual Qualification"],
        summary=[
            "J’aide les marques de l’agroalimentaire à se faire trouver en ligne. En cinq ans "
            "chez Brioche & Co, j’ai doublé le trafic organique et construit une équipe "
            "contenu de trois personnes.",
            "Écrivez-moi pour parler SEO, contenus ou mentorat : camille.rousseau@example.fr",
        ],
        experience=[
            Company(
                "Brioche & Co",
                tenure="5 ans 2 mois",
                roles=[
                    Role(
                        "Responsable marketing digital",
                        "janvier 2022 - Present (3 ans 7 mois)",
                        "Lyon, Auvergne-Rhône-Alpes, France",
                        [
                            "Pilotage de l’acquisition (SEO, SEA, e-mailing) avec un budget de "
                            "450 k€. Trafic organique multiplié par 2,1 en deux ans ; coût par "
                            "lead réduit de 35 %.",
                        ],
                    ),
                    Role(
                        "Chargée de marketing digital",
                        "juin 2020 - décembre 2021 (1 an 7 mois)",
                        "Lyon, Auvergne-Rhône-Alpes, France",
                        [
                            "Refonte du blog et de 80 fiches produits ; lancement de la "
                            "newsletter (12 000 abonnés).",
                        ],
                    ),
                ],
            ),
            Company(
                "Agence Pixel Nord",
                roles=[
                    Role(
                        "Consultante SEO",
                        "septembre 2017 - mai 2020 (2 ans 9 mois)",
                        "Lille, Hauts-de-France, France",
                        [
                            "Audits techniques et stratégies de contenu pour 25 clients PME.",
                        ],
                    ),
                ],
            ),
        ],
        education=[
            School("IAE Lyon School of Management", "Master, Marketing digital · (2015 - 2017)"),
            School(
                "Université Lumière Lyon 2", "Licence, Information-communication · (2012 - 2015)"
            ),
        ],
    )
