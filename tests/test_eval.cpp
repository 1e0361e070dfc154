// The evaluation targets of issue 5, held as regression guards: on the annotated letters
// (corpora/letters) and, when ../shared is beside the repository, on NorNE dev.
#include <catch2/catch.hpp>

#include "eval/evaluate.hpp"
#include "test_support.hpp"

using namespace jv::test;

namespace {

double rate(std::size_t part, std::size_t whole) { return whole == 0 ? 0.0 : double(part) / double(whole); }

// The verdict the full rule set gives `text` as one plain-text document.
std::string verdict(const std::string& text) {
    auto worker = full_engine().make_worker();
    return std::string(jv::to_string(full_engine().scan_bytes(*worker, "t.txt", text).verdict.kind));
}

}  // namespace

TEST_CASE("letters: health data about a person is held back, administrative letters pass", "[eval]") {
    const auto ev = jv::evaluate_corpus(full_engine(), source_dir() / "corpora/letters");
    REQUIRE(ev.ok());
    REQUIRE(ev->documents >= 100);
    const auto& health = ev->categories.at("health_person");
    const auto& admin = ev->categories.at("admin");
    const auto& identity = ev->categories.at("identity_only");
    CHECK(rate(health.quarantined, health.documents) >= 0.95);
    CHECK(rate(identity.quarantined, identity.documents) == 1.0);
    CHECK(rate(admin.quarantined, admin.documents) <= 0.10);
    CHECK(ev->categories.at("person_no_health").quarantined == 0);
    CHECK(rate(ev->categories.at("health_policy").quarantined, ev->categories.at("health_policy").documents) <= 0.10);
    const auto& names = ev->types.at("person_name");
    CHECK(names.recall() >= 0.90);
    CHECK(names.precision() >= 0.90);
    CHECK(ev->types.at("fodselsnummer").recall() == 1.0);
    CHECK(ev->types.at("diagnosis_code").recall() >= 0.80);
    CHECK(ev->types.at("health_term").recall() >= 0.90);
    CHECK(ev->types.at("health_term").precision() >= 0.90);
}

TEST_CASE("name context: staff cues label the name beside them — a letter's addressee is its subject", "[eval]") {
    // corpora/name-context: "Att.:", "Saksbehandler:", "lege", "Med vennlig hilsen" near a
    // patient must not hide them; officials labelled beside their names stay officials; a
    // letter to a patient is about them even where the health data is far from the name.
    const auto ev = jv::evaluate_corpus(full_engine(), source_dir() / "corpora/name-context");
    REQUIRE(ev.ok());
    REQUIRE(ev->documents >= 65);
    CHECK(ev->verdict_agrees == ev->documents);
    const auto& names = ev->types.at("person_name");
    CHECK(names.fn == 0);
    CHECK(names.fp == 0);
}

TEST_CASE("a role word reaches only the name beside it — greetings and address lines only the name after them", "[eval]") {
    // Beside: the official stays an official (no health data about a private person).
    CHECK(verdict("Kapasiteten i psykisk helsevern er lav, sier overlege Per Hansen.\n") == "pass");
    CHECK(verdict("Ventetider i rusbehandling.\n\nMed vennlig hilsen\n\nPer Hansen\n") == "pass");
    CHECK(verdict("Per Hansen, seniorrådgiver, orienterte om diabetesomsorgen.\n") == "pass");
    // Not beside: words stand between the role and the patient.
    CHECK(verdict("Pasient Kari Nordmann ble undersøkt av lege og er innlagt.\n") == "quarantine");
    // A greeting below a patient's name is not the patient's signature.
    CHECK(verdict("Vi har snakket med Kari Nordmann, som er innlagt.\n\nMed vennlig hilsen\n") == "quarantine");
    // The addressee of a letter is its subject, however far below the health data stands.
    std::string filler;  // farther than the policy's proximity
    for (int i = 0; i < 60; ++i) filler += "Saken er drøftet. ";  // 1,140 bytes
    CHECK(verdict("Til: Kari Nordmann\nStorgata 12\n8006 Bodø\n\nVedtak." + filler + "Du har fått diagnosen demens.\n") ==
          "quarantine");
    // A name in the body, under an organisation's address, pairs only with health terms nearby.
    CHECK(verdict("Fjellstad kommune\nPostboks 30\n6850 Fjellstad\n\nKari Nordmann er saksbehandler." + filler +
                  "Hun har diabetes.\n") == "pass");
    // An e-mail's header and body are separate parts: the writer is still who the body is about.
    const std::string mail = "From: Kari Nordmann <kari@example.no>\nTo: post@example.no\nSubject: Time\n"
                             "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
                             "Jeg er innlagt ved psykiatrisk avdeling og har fått diagnosen bipolar lidelse.\n";
    CHECK(verdict(mail) == "quarantine");
    const std::string news = "From: Kari Nordmann <kari@example.no>\nTo: post@example.no\nSubject: Nytt\n"
                             "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
                             "Nytt budsjett for kommunen er vedtatt. Møtet er flyttet til torsdag.\n";
    CHECK(verdict(news) == "pass");
    // The writer who signs the body is the correspondent of the header, not staff.
    const std::string signed_mail = "From: Mona Knutsen <mona@example.no>\nTo: post@example.no\nSubject: Ventetid\n"
                                    "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
                                    "Hei. Jeg venter fortsatt på operasjon for brystkreft.\n\nHilsen Mona Knutsen\n";
    CHECK(verdict(signed_mail) == "quarantine");
    // A given name alone is a person too; a lone family name or an ordinary word is not enough.
    CHECK(verdict("I dag fikk Kari diagnosen diabetes.\n") == "quarantine");
    CHECK(verdict("Emma har autisme.\n") == "quarantine");
    CHECK(verdict("Liv og røre i sentrum. Fysioterapi for alle.\n") == "pass");
    // A journal entry's title can name a patient: a patient label beside the name is health
    // data; a referral's specialty or a malpractice case beside the name too.
    CHECK(verdict("Anmodning om journal - pasient Ahmed Ali\n") == "quarantine");
    CHECK(verdict("Henvisning - Nordmann, Kari - ortopedi\n") == "quarantine");
    CHECK(verdict("Tilsynssak - Hansen, Ole - feilbehandling\n") == "quarantine");
    CHECK(verdict("Vedtak om plass på sykehjem - Solveig Haugen\n") == "quarantine");
    CHECK(verdict("Anmodning om journal - pasientens mor Kari Nordmann\n") == "pass");
    // Initials after a patient label: with an age and a ward, as identifying as a name.
    CHECK(verdict("Avvik: pasient K.N., 45 år, fikk feil medisin på psykiatrisk avdeling.\n") == "quarantine");
    CHECK(verdict("Avvik: pasient fikk feil medisin på psykiatrisk avdeling, se vedlegg A.B.\n") == "pass");
    // A ward is a workplace too; a label with its colon names what follows it.
    CHECK(verdict("Tilsetting i stilling som overlege ved ortopedisk avdeling\nMottaker: Ola Berg   "
                  "Saksbehandler: Nina Haugland\n") == "pass");
    // A letter in the first person beside health data is signed by the person it is about;
    // a case officer's first person of a decision is not.
    CHECK(verdict("Til Helse Bergen\n\nJeg har fått diagnosen kols og venter på time. Kan dere hjelpe meg?\n\n"
                  "Med vennlig hilsen\nKari Nordmann\n") == "quarantine");
    CHECK(verdict("Vedtak\n\nJeg har vurdert søknaden om langtidsopphold i sykehjem, og kommunen innvilger den.\n\n"
                  "Med vennlig hilsen\nKari Moen\n") == "pass");
    CHECK(verdict("Kommunen har fått midler til rusbehandling.\n\nMed vennlig hilsen\nKari Moen\n") == "pass");
    // A role written with a capital is no given name, even after a long line above.
    CHECK(verdict("10.00  Demensvenlege lokalsamfunn – erfaringar frå tre kommunar i fylket\n"
                  "       Prosjektleiar Mari Hauge Grøtte, Nasjonalforeningen\n") == "pass");
    // A role's complement ("of the committee") may stand between it and the name; words
    // after the complement still part them.
    CHECK(verdict("Paneldebatt om demens\nLeiar av helse- og omsorgsutvalet Anne Grete Fimreite m.fl.\n") == "pass");
    CHECK(verdict("Lege ved legevakta Ola Dahl orienterte om hjerneslag.\n") == "pass");
    CHECK(verdict("Vi fikk beskjed fra leder ved sykehjemmet om at Kari Hansen har falt og brukket hofta.\n") ==
          "quarantine");
    // A plural or definite role labels the name beside it; a table's column starts afresh.
    CHECK(verdict("Einingsleiarane: Mona Olsen (heimetenesta)\nTema: demens og hjerneslag.\n") == "pass");
    CHECK(verdict("Prosjekt om kreft og behandling     Postdoktor Malin Helgesen\n") == "pass");
    // Names listed after an official's are officials, unless a keyword calls one a patient.
    CHECK(verdict("Til stede: overlege Per Olsen, Kari Moe (sykepleier) og Ola Dahl. Tema: diabetes.\n") == "pass");
    CHECK(verdict("Til stede: overlege Per Olsen og pasienten Kari Hansen, som har diabetes.\n") == "quarantine");
    // Members named with the patient organisation they stand for, and titled specialists,
    // are no patients.
    CHECK(verdict("Brukarrådet\nReidun Helle – Landsforeningen for hjerte- og lungesyke (LHL)\n"
                  "Even Hjelle – Rusmisbrukernes Interesseorganisasjon (RIO)\nOla Kvamme – Mental Helse Vestland\n") == "pass");
    CHECK(verdict("Disputas: Cand.psychol. Henrik Aalvik forsvarer avhandlinga om depresjon hos ungdom.\n") == "pass");
    CHECK(verdict("Foredrag om hjarte- og karsjukdom ved kardiolog Tore Hauge, Helse Førde.\n") == "pass");
    // A sentence goes on over a wrapped line: its pronoun two paragraphs below the name
    // still refers back to them.
    CHECK(verdict("Kommunen leier ut bolig til Anders Olaisen.\n\nOppsigelsen gjelder støy om natta.\n\n"
                  "Kommunen er kjent med at leietaker har en alvorlig psykisk lidelse (paranoid schizofreni)\n"
                  "og at han nå har flyttet.\n") == "quarantine");
    // A recipient block on one line names the letter's subject too.
    CHECK(verdict("Gunnar Tveit, Bakkevegen 27, 5700 Voss\n\nVedtak om førarkort.\n\nDu har fått diagnosen epilepsi.\n") ==
          "quarantine");
    CHECK(verdict("Gunnar Tveit, Bakkevegen 27, 5700 Voss\n\nVedtak om byggjeløyve for garasje.\n") == "pass");
    // The word after a term can give it another sense than health.
    CHECK(verdict("Kari Hansen\nStorgata 1\n8006 Bodø\n\nVi viser til klagen din på utskrevet eiendomsskatt for 2025.\n") ==
          "pass");
    CHECK(verdict("Kari Hansen ble utskrevet fra sykehuset i går.\n") == "quarantine");
    // A name wrapped over a line is one name: the role before it labels it whole.
    CHECK(verdict("Et fagmiljø for kreftbehandlingen gjør det lettere å rekruttere, sier direktør Elin\n"
                  "Sæther Grøndahl.\n") == "pass");
    CHECK(verdict("Vi har i dag snakket med pasienten og moren hennes, fru Elin\nSæther Grøndahl, som har kreft.\n") ==
          "quarantine");
    // A role word in a compound no list holds marks staff beside it, before or after.
    CHECK(verdict("Kursholder: Marit Skogen, intensivsykepleier\nTema: hjertestans og brannskader.\n") == "pass");
    CHECK(verdict("Kontaktperson: innkjøpsrådgiver Geir Nilsen\nInsulinpumper for barn med diabetes.\n") == "pass");
    CHECK(verdict("Helse- og omsorgsminister Jan Vestre besøkte avdeling for ryggmargsskader.\n") == "pass");
    // Hospitals, foundations and prizes named after people are no private persons.
    CHECK(verdict("Martina Hansens Hospital gjennomførte 4 200 ryggoperasjoner.\n") == "pass");
    CHECK(verdict("Stiftelsen Dam gir midler til barn med astma.\n") == "pass");
    CHECK(verdict("Kong Olav Vs kreftforskningspris går til forskning på immunterapi.\n") == "pass");
    // Party labels, board members and compounds of roles mark politicians and staff.
    CHECK(verdict("Framlegg frå Elin Skår (SV): Kommunen aukar ramma til psykisk helsevern og rusbehandling.\n") == "pass");
    CHECK(verdict("Styremedlem Randi Myhre spurte om tiltak for pasienter med hjerneslag.\n") == "pass");
    // Signatures side by side, each title under its name.
    CHECK(verdict("Høyringssvar om tilbodet til personar med diabetes.\n\nMed vennleg helsing\n\n"
                  "Ragnhild Sæbø                      Tove Hjelmeland\n"
                  "fylkesleiar                        diabetessjukepleiar\n") == "pass");
    // A title before the next name labels that name, not the one before the comma.
    CHECK(verdict("Til stede: søster Hege Tveit, ruskonsulent Anita Holm\nHege har fått Subutex gjennom LAR.\n") ==
          "quarantine");
    // An official named in full and then by the family name alone stays an official.
    CHECK(verdict("Rådgiver Per Hansen orienterte om ventetider for rusbehandling. Tiltaket virker, sier Hansen.\n") ==
          "pass");
    // A doctor titled before "Dr."; a role noun in the definite form is no name; a street
    // named after a nursing home is no health term.
    CHECK(verdict("Foreleser: psykiater Dr. Arne Vik om demensomsorg i hjemmetjenesten.\n") == "pass");
    CHECK(verdict("Interpellasjon om ventetid på sykehjemsplass. Ordføreren svarte at saken utredes.\n") == "pass");
    CHECK(verdict("Til: Reidun Hatlevik\nSjukeheimsvegen 4\n6800 Førde\n\nSvar på klage på parkeringsgebyr.\n") == "pass");
    // A writer speaking of their job is not writing about their own health.
    CHECK(verdict("Jeg jobber selv som sykepleier på akuttmottaket, og klager på støyen fra helikopterne.\n\n"
                  "Med vennlig hilsen\nKari Berg\n") == "pass");
    // Minutes go on to other matters in other paragraphs: a citizen asking about street
    // lights is not the subject of the home-care item below; a pronoun carries a person on.
    CHECK(verdict("Sak 8/24 Spørretime\nInnbyggjar Eirin Sandvik spurde om gatelys langs skulevegen.\n\n"
                  "Sak 9/24 Heimetenester\nHeimesjukepleia har fleire brukarar med kreft og demens.\n") == "pass");
    CHECK(verdict("Vi skriv om Eirin Sandvik, som har søkt om tilrettelegging.\n\nHo har diabetes type 1.\n") ==
          "quarantine");
    // Named in full again, the signer is still staff.
    CHECK(verdict("Spørsmål om rusbehandling kan rettes til Randi Vik.\n\nMed vennlig hilsen\n\nRandi Vik\n") == "pass");
}

TEST_CASE("staff are known by their body's mail address, in quoted headers and by given names", "[eval]") {
    // Staff write from their body's mail domain; a citizen from their own, and staff writing
    // about their own health in the first person are the person it is about.
    const std::string staff_thread = "Fra: Anne Holm <anne.holm@helse-nordkyst.no>\nTil: Per Dahl <per.dahl@helse-nordkyst.no>\n"
                                     "Emne: Innkjøp\n\nHei Per, pumpene til kreftavdelingen kommer i mars.\n";
    CHECK(verdict(staff_thread) == "pass");
    const std::string citizen = "Fra: Anne Holm <anne.holm@gmail.com>\nTil: post@helse-nordkyst.no\n"
                                "Emne: Time\n\nHei, når får jeg time til cellegift?\n";
    CHECK(verdict(citizen) == "quarantine");
    // ... and named again in a quoted header or by the given names alone, still staff.
    const std::string quoted = "Fra: Lars Henrik Aune <lars.aune@helse-fjell.no>\nTil: Tone Vik <tone.vik@helse-fjell.no>\n"
                               "Emne: SV: Test\n\nTakk.\n\n> Fra: Tone Vik\n> Til: Lars Henrik Aune\n>\n"
                               "> Hei Lars Henrik, e-resept og kjernejournal er testet på sengepost 3 for kreft.\n";
    CHECK(verdict(quoted) == "pass");
    const std::string own_sick_leave = "Fra: Anne Holm <anne.holm@helse-nordkyst.no>\nTil: Per Dahl <per.dahl@helse-nordkyst.no>\n"
                                       "Emne: Fravær\n\nHei Per, jeg er sykmeldt med depresjon ut måneden.\n";
    CHECK(verdict(own_sick_leave) == "quarantine");
}

TEST_CASE("letters: with the allowlist no official combines with a health term", "[eval]") {
    auto rules = jv::load_builtin_rule_set();
    REQUIRE(rules.ok());
    jv::EngineConfig config;
    std::ifstream in(source_dir() / "corpora/letters/allowlist.txt");
    for (std::string line; std::getline(in, line);)
        if (!line.empty() && line[0] != '#') config.allowlist.push_back(line);
    REQUIRE(config.allowlist.size() >= 20);
    auto engine = jv::Engine::create(std::move(*rules), config);
    REQUIRE(engine.ok());
    const auto ev = jv::evaluate_corpus(*engine, source_dir() / "corpora/letters");
    REQUIRE(ev.ok());
    CHECK(ev->categories.at("admin").quarantined == 0);
    CHECK(ev->categories.at("health_person").quarantined == ev->categories.at("health_person").documents);
}

TEST_CASE("NorNE dev: person names in ordinary prose", "[eval][norne]") {
    const auto dir = source_dir().parent_path() / "shared/data/norne-dev";
    if (!std::filesystem::exists(dir / "nob-dev.txt")) {
        WARN("../shared/data/norne-dev not present: NorNE evaluation skipped");
        return;
    }
    const auto nob = jv::evaluate_norne(full_engine(), dir / "nob-dev.txt", dir / "nob-dev.gold.json");
    const auto nno = jv::evaluate_norne(full_engine(), dir / "nno-dev.txt", dir / "nno-dev.gold.json");
    REQUIRE(nob.ok());
    REQUIRE(nno.ok());
    // The target is recall >= 0.90 at precision >= 0.80 on ordinary prose; both splits
    // are held at that recall and at precision 0.90.
    CHECK(nob->precision() >= 0.90);
    CHECK(nob->recall() >= 0.90);
    CHECK(nno->precision() >= 0.90);
    CHECK(nno->recall() >= 0.90);
}
