<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>samenplan</name>
    <message>
        <source>Vorige</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Opslaan en later verder</source>
        <translation>Save and continue later</translation>
    </message>
    <message>
        <source>Onderdelen</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Hulp bij: {text}</source>
        <translation>Help with: {text}</translation>
    </message>
    <message>
        <source>Hulp</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Voorbeelden</source>
        <translation>Examples</translation>
    </message>
    <message>
        <source>Invoegen: {text}</source>
        <translation>Insert: {text}</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>(verplicht)</source>
        <translation>(required)</translation>
    </message>
    <message>
        <source>Eén punt per regel.</source>
        <translation>One point per line.</translation>
    </message>
    <message>
        <source>— kies —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Dit is geen datum. Schrijf hem als dag-maand-jaar, bijvoorbeeld 05-03-2026.</source>
        <translation>This is not a date. Write it as day-month-year, for example 05-03-2026.</translation>
    </message>
    <message>
        <source>Kies uit &apos;{source}&apos;:</source>
        <translation>Choose from &apos;{source}&apos;:</translation>
    </message>
    <message>
        <source>Er staat nog niets in &apos;{source}&apos;. Vul dat eerst in, dan kun je hier kiezen.</source>
        <translation>There is nothing in &apos;{source}&apos; yet. Fill that in first, then you can choose here.</translation>
    </message>
    <message>
        <source>Eigen punten (één per regel):</source>
        <translation>Your own points (one per line):</translation>
    </message>
    <message>
        <source>Weghalen?</source>
        <translation>Remove?</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; staat ook in:

{places}

Als je het weghaalt, verdwijnt het daar ook.</source>
        <translation>&apos;{name}&apos; is also in:

{places}

If you remove it, it goes from there too.</translation>
    </message>
    <message>
        <source>Toch weghalen</source>
        <translation>Remove anyway</translation>
    </message>
    <message>
        <source>Nieuwe persoon toevoegen…</source>
        <translation>Add a new person…</translation>
    </message>
    <message>
        <source>— niemand gekozen —</source>
        <translation>— nobody chosen —</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Hoeveel</source>
        <translation>How much</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Opmerking</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Medicijn weghalen?</source>
        <translation>Remove medicine?</translation>
    </message>
    <message>
        <source>Medicijn toevoegen</source>
        <translation>Add medication</translation>
    </message>
    <message>
        <source>medicijn {n}</source>
        <translation>medication {n}</translation>
    </message>
    <message>
        <source>Verwijder medicijn {n}</source>
        <translation>Remove medication {n}</translation>
    </message>
    <message>
        <source>Verwijder {label} {n}</source>
        <translation>Remove {label} {n}</translation>
    </message>
    <message>
        <source>{label} {n} omhoog</source>
        <translation>Move {label} {n} up</translation>
    </message>
    <message>
        <source>{label} {n} omlaag</source>
        <translation>Move {label} {n} down</translation>
    </message>
    <message>
        <source>{label} toevoegen</source>
        <translation>Add {label}</translation>
    </message>
    <message>
        <source>{label} {n}</source>
        <translation>{label} {n}</translation>
    </message>
    <message>
        <source>ingevuld</source>
        <translation>filled in</translation>
    </message>
    <message>
        <source>nog leeg</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>Opgeslagen</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Bezig met opslaan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Niet opgeslagen: {message}</source>
        <translation>Not saved: {message}</translation>
    </message>
    <message>
        <source>Demo: er wordt niets opgeslagen</source>
        <translation>Demo: nothing is saved</translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Relatie of rol</source>
        <translation>Relation or role</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Bereikbaar</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Vul een naam in.</source>
        <translation>Please fill in a name.</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Mensen</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Hier staan alle mensen uit je plannen. Verander je een telefoonnummer, dan klopt het meteen in elk plan.</source>
        <translation>All the people in your plans are here. Change a phone number once and it is right in every plan.</translation>
    </message>
    <message>
        <source>Persoon toevoegen</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Persoon wijzigen</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>Persoon verwijderen</source>
        <translation>Remove person</translation>
    </message>
    <message>
        <source>Wil je {name} verwijderen uit je lijst met mensen?</source>
        <translation>Do you want to remove {name} from your list of people?</translation>
    </message>
    <message>
        <source>Deze persoon staat ook in:
{places}
Wat je hier verandert, verandert daar ook.</source>
        <translation>This person is also in:
{places}
What you change here changes there too.</translation>
    </message>
    <message>
        <source>{name} staat nog in:
{places}

Kies daar eerst iemand anders, of haal het weg. Dan kun je {name} hier verwijderen.</source>
        <translation>{name} is still in:
{places}

First choose someone else there, or remove it. Then you can remove {name} here.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Welkom bij samenplan</source>
        <translation>Welcome to samenplan</translation>
    </message>
    <message>
        <source>Je naam of bijnaam</source>
        <translation>Your name or nickname</translation>
    </message>
    <message>
        <source>Deze naam staat op het startscherm. Anderen die deze computer gebruiken, kunnen hem zien.</source>
        <translation>This name is shown on the start screen. Others using this computer can see it.</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Wachtwoord nog een keer</source>
        <translation>Passphrase once more</translation>
    </message>
    <message>
        <source>Kies een lange zin die je goed kunt onthouden, bijvoorbeeld vier losse woorden.</source>
        <translation>Choose a long sentence you can remember, for example four separate words.</translation>
    </message>
    <message>
        <source>Sterkte van je wachtwoord: {label}</source>
        <translation>Strength of your passphrase: {label}</translation>
    </message>
    <message>
        <source>te kort</source>
        <translation>too short</translation>
    </message>
    <message>
        <source>zwak</source>
        <translation>weak</translation>
    </message>
    <message>
        <source>matig</source>
        <translation>fair</translation>
    </message>
    <message>
        <source>goed</source>
        <translation>good</translation>
    </message>
    <message>
        <source>sterk</source>
        <translation>strong</translation>
    </message>
    <message>
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Je wachtwoord is te kort. Gebruik minstens 8 tekens.</source>
        <translation>Your passphrase is too short. Use at least 8 characters.</translation>
    </message>
    <message>
        <source>Vul een naam of bijnaam in.</source>
        <translation>Please fill in a name or nickname.</translation>
    </message>
    <message>
        <source>Onthoud mij op deze computer</source>
        <translation>Remember me on this computer</translation>
    </message>
    <message>
        <source>Dan hoef je je wachtwoord niet steeds te typen. Let op: iedereen die op deze computer met jouw account werkt, kan dan je profiel openen.</source>
        <translation>Then you do not have to type your passphrase each time. Note: anyone who uses this computer with your account can then open your profile.</translation>
    </message>
    <message>
        <source>Profiel maken</source>
        <translation>Create profile</translation>
    </message>
    <message>
        <source>Bekijk de demo</source>
        <translation>Open the demo</translation>
    </message>
    <message>
        <source>Profiel wordt gemaakt…</source>
        <translation>Creating profile…</translation>
    </message>
    <message>
        <source>Je herstelcode</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Profiel openen</source>
        <translation>Open profile</translation>
    </message>
    <message>
        <source>Profiel</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Wachtwoord tonen</source>
        <translation>Show passphrase</translation>
    </message>
    <message>
        <source>Openen met deze computer</source>
        <translation>Open with this computer</translation>
    </message>
    <message>
        <source>Bezig met openen…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <source>Nieuw profiel</source>
        <translation>New profile</translation>
    </message>
    <message>
        <source>Ik gebruik mijn herstelcode</source>
        <translation>I am using my recovery code</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Nieuw dossier</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <source>Dossier openen</source>
        <translation>Open dossier</translation>
    </message>
    <message>
        <source>Naam wijzigen</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Wil je het dossier van {name} echt verwijderen? Dit kan niet ongedaan worden.</source>
        <translation>Do you really want to delete the dossier of {name}? This cannot be undone.</translation>
    </message>
    <message>
        <source>Zoek op naam</source>
        <translation>Search by name</translation>
    </message>
    <message>
        <source>Voorlezen ({shortcut}). Druk nog een keer om te stoppen.</source>
        <translation>Read aloud ({shortcut}). Press again to stop.</translation>
    </message>
    <message>
        <source>Voorbeeld invullen?</source>
        <translation>Use the example?</translation>
    </message>
    <message>
        <source>Hier staat al: {typed}

Wil je dat vervangen door: {example}?</source>
        <translation>This already says: {typed}

Do you want to replace it with: {example}?</translation>
    </message>
    <message>
        <source>Ja, vervangen</source>
        <translation>Yes, replace</translation>
    </message>
    <message>
        <source>Met samenplan maak je je crisisplan, crisiskaart, triadekaart en herstelplan.</source>
        <translation>With samenplan you make your crisis plan, crisis card, triad card and recovery plan.</translation>
    </message>
    <message>
        <source>Je plannen blijven op deze computer, versleuteld met je wachtwoord.</source>
        <translation>Your plans stay on this computer, encrypted with your password.</translation>
    </message>
    <message>
        <source>Jij kiest wat je deelt: een kaart op papier, of een bestand dat jij maakt.</source>
        <translation>You choose what you share: a card on paper, or a file that you make.</translation>
    </message>
    <message>
        <source>Maak je profiel</source>
        <translation>Make your profile</translation>
    </message>
    <message>
        <source>Liever eerst rondkijken? De demo laat een verzonnen persoon zien.</source>
        <translation>Rather look around first? The demo shows a made-up person.</translation>
    </message>
    <message>
        <source>Deze computer kan je wachtwoord niet veilig onthouden. Je typt het dus elke keer.</source>
        <translation>This computer cannot remember your passphrase safely. So you type it every time.</translation>
    </message>
    <message>
        <source>Ben je je wachtwoord vergeten, dan open je je profiel met deze code. Schrijf hem op papier of druk hem af, en bewaar hem op een veilige plek. Je ziet hem maar één keer.</source>
        <translation>If you forget your passphrase, you open your profile with this code. Write it on paper or print it, and keep it in a safe place. You see it only once.</translation>
    </message>
    <message>
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>De code staat op het klembord. Over een minuut halen we hem daar weer weg.</source>
        <translation>The code is on the clipboard. In a minute we take it off again.</translation>
    </message>
    <message>
        <source>Als PDF bewaren om af te drukken…</source>
        <translation>Save as PDF to print…</translation>
    </message>
    <message>
        <source>Op dit vel staat je herstelcode, verder niets. Wie het bestand vindt en bij je computer kan, kan je profiel openen. Druk het af en gooi het bestand daarna weg.</source>
        <translation>This sheet holds your recovery code and nothing else. Whoever finds the file and can get to your computer can open your profile. Print it and then delete the file.</translation>
    </message>
    <message>
        <source>herstelcode</source>
        <translation>recovery-code</translation>
    </message>
    <message>
        <source>Ik heb hem bewaard: nu controleren</source>
        <translation>I have kept it: check it now</translation>
    </message>
    <message>
        <source>Typ de code over van je papier, om te zien of hij klopt</source>
        <translation>Type the code from your paper, to see whether it is right</translation>
    </message>
    <message>
        <source>Spaties, streepjes en hoofdletters maken niet uit.</source>
        <translation>Spaces, hyphens and capital letters do not matter.</translation>
    </message>
    <message>
        <source>De code klopt. Je kunt verder.</source>
        <translation>The code is right. You can go on.</translation>
    </message>
    <message>
        <source>Deze code is niet gelijk aan je herstelcode: kijk nog eens goed, of laat de code nog eens zien.</source>
        <translation>This code is not the same as your recovery code: look again carefully, or show the code once more.</translation>
    </message>
    <message>
        <source>Laat de code nog eens zien</source>
        <translation>Show the code again</translation>
    </message>
    <message>
        <source>Voor wie is dit dossier? (naam)</source>
        <translation>Who is this dossier for? (name)</translation>
    </message>
    <message>
        <source>Nog geen dossiers. Maak er een met &apos;Nieuw dossier&apos;.</source>
        <translation>No dossiers yet. Make one with &apos;New dossier&apos;.</translation>
    </message>
    <message>
        <source>Geen dossiers die hierbij passen. Maak het zoekveld leeg of zet een filter uit.</source>
        <translation>No dossiers match. Clear the search field or switch a filter off.</translation>
    </message>
    <message>
        <source>{shown} van {total} dossiers</source>
        <translation>{shown} of {total} dossiers</translation>
    </message>
    <message>
        <source>Snelfilters</source>
        <translation>Quick filters</translation>
    </message>
    <message>
        <source>Nakijken verlopen</source>
        <translation>Review overdue</translation>
    </message>
    <message>
        <source>Kaart nog niet gemaakt</source>
        <translation>Card not made yet</translation>
    </message>
    <message>
        <source>Geboren</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Gewijzigd</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Nakijken</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Crisiskaart</source>
        <translation>Crisis card</translation>
    </message>
    <message>
        <source>Zakkaart</source>
        <translation>Pocket card</translation>
    </message>
    <message>
        <source>WRAP</source>
        <translation>WRAP</translation>
    </message>
    <message>
        <source>Triadekaart</source>
        <translation>Triad card</translation>
    </message>
    <message>
        <source>jan feb mrt apr mei jun jul aug sep okt nov dec</source>
        <translation>Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec</translation>
    </message>
    <message>
        <source>nog niet begonnen</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>bezig</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>klaar</source>
        <translation>final</translation>
    </message>
    <message>
        <source>gemaakt {date}</source>
        <translation>made {date}</translation>
    </message>
    <message>
        <source>nog niet gemaakt</source>
        <translation>not made yet</translation>
    </message>
    <message>
        <source>geen deelnemers</source>
        <translation>no members</translation>
    </message>
    <message>
        <source>{members} deelnemers, {klaar} klaar</source>
        <translation>{members} members, {klaar} done</translation>
    </message>
    <message>
        <source>verlopen sinds {date}</source>
        <translation>overdue since {date}</translation>
    </message>
    <message>
        <source>binnenkort: {date}</source>
        <translation>soon: {date}</translation>
    </message>
    <message>
        <source>vóór {date}</source>
        <translation>by {date}</translation>
    </message>
    <message>
        <source>Nog niet bekend: open dit dossier één keer om het hier te zien.</source>
        <translation>Not known yet: open this dossier once to see it here.</translation>
    </message>
    <message>
        <source>Exporteren…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Importeren…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Overdragen…</source>
        <translation>Hand over…</translation>
    </message>
    <message>
        <source>Een export is niet versleuteld: wie dit bestand vindt, kan het lezen. Bewaar het op een veilige plek en gooi het weg als je het niet meer nodig hebt.</source>
        <translation>An export is not encrypted: whoever finds this file can read it. Keep it somewhere safe and delete it when you no longer need it.</translation>
    </message>
    <message>
        <source>Toch exporteren</source>
        <translation>Export anyway</translation>
    </message>
    <message>
        <source>Het dossier van {name} staat nu in {path}.</source>
        <translation>The dossier of {name} is now in {path}.</translation>
    </message>
    <message>
        <source>Dit bestand is geen samenplan-dossier dat te lezen is ({where}).</source>
        <translation>This file is not a samenplan dossier that can be read ({where}).</translation>
    </message>
    <message>
        <source>Dit bestand kon niet worden gelezen. Kies een ander bestand.</source>
        <translation>This file could not be read. Choose another file.</translation>
    </message>
    <message>
        <source>Dit is de kaart van één deelnemer. Lees hem in vanuit het overzicht van het dossier.</source>
        <translation>This is one member&apos;s card. Take it in from the dossier&apos;s overview.</translation>
    </message>
    <message>
        <source>Het dossier &apos;{title}&apos; is ingelezen.</source>
        <translation>The dossier &apos;{title}&apos; was imported.</translation>
    </message>
    <message>
        <source>Het overdrachtsbestand van {name} staat nu in {path}. Het is versleuteld: alleen de ontvanger kan het openen. Geef een gedeeld wachtwoord apart door.</source>
        <translation>The hand-over file of {name} is now in {path}. It is encrypted: only the receiver can open it. Pass a shared passphrase on separately.</translation>
    </message>
    <message>
        <source>Namen van cliënten niet in de titelbalk</source>
        <translation>Client names not in the title bar</translation>
    </message>
    <message>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>{plan} openen</source>
        <translation>Open {plan}</translation>
    </message>
    <message>
        <source>Onderdelen ingevuld: {done} van {total}</source>
        <translation>Sections filled in: {done} of {total}</translation>
    </message>
    <message>
        <source>Bekeken, nog steeds goed</source>
        <translation>Looked at, still good</translation>
    </message>
    <message>
        <source>Nakijken:</source>
        <translation>Review:</translation>
    </message>
    <message>
        <source>elke {n} maanden</source>
        <translation>every {n} months</translation>
    </message>
    <message>
        <source>Fijn. Nakijken is nu pas weer nodig vóór {date}.</source>
        <translation>Good. The next review is due by {date}.</translation>
    </message>
    <message>
        <source>Versies…</source>
        <translation>Versions…</translation>
    </message>
    <message>
        <source>Na een crisis…</source>
        <translation>After a crisis…</translation>
    </message>
    <message>
        <source>Na een crisis</source>
        <translation>After a crisis</translation>
    </message>
    <message>
        <source>Kijk terug zonder jezelf iets kwalijk te nemen. Schrijf op wat je hebt geleerd. Daarna kun je het op de goede plek in je plannen zetten.</source>
        <translation>Look back without blaming yourself. Write down what you learned. Then you can put it in the right place in your plans.</translation>
    </message>
    <message>
        <source>Bewaren</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Waar hoort het bij? Open:</source>
        <translation>Where does it belong? Open:</translation>
    </message>
    <message>
        <source>Lege delen invullen uit {plan}…</source>
        <translation>Fill empty parts from {plan}…</translation>
    </message>
    <message>
        <source>Overnemen uit {plan}</source>
        <translation>Take over from {plan}</translation>
    </message>
    <message>
        <source>Dit wordt ingevuld in {plan}:</source>
        <translation>This is filled in in {plan}:</translation>
    </message>
    <message>
        <source>Dit blijft zoals het is, want het is al ingevuld:</source>
        <translation>This stays as it is, because it is filled in already:</translation>
    </message>
    <message>
        <source>• {target}  (uit: {source})</source>
        <translation>• {target}  (from: {source})</translation>
    </message>
    <message>
        <source>Invullen</source>
        <translation>Fill in</translation>
    </message>
    <message>
        <source>Er is niets om over te nemen: alles is al ingevuld, of nog leeg in {plan}.</source>
        <translation>There is nothing to take over: everything is filled in already, or still empty in {plan}.</translation>
    </message>
    <message>
        <source>{n} vragen ingevuld uit {plan}.</source>
        <translation>{n} questions filled in from {plan}.</translation>
    </message>
    <message>
        <source>Versies van {plan}</source>
        <translation>Versions of {plan}</translation>
    </message>
    <message>
        <source>Leg je plan vast als het klaar is. Dan wordt deze versie met de datum bewaard. Later zie je wat er sindsdien veranderd is, en kun je een oud antwoord terugzetten.</source>
        <translation>Keep your plan when it is ready. This version is then kept with its date. Later you see what changed since, and you can put an old answer back.</translation>
    </message>
    <message>
        <source>Vastleggen als definitieve versie</source>
        <translation>Keep as the final version</translation>
    </message>
    <message>
        <source>De versie van {date} is bewaard.</source>
        <translation>The version of {date} was kept.</translation>
    </message>
    <message>
        <source>Er is niets veranderd sinds de vorige versie. Er is niets nieuws bewaard.</source>
        <translation>Nothing changed since the previous version. Nothing new was kept.</translation>
    </message>
    <message>
        <source>Vergelijk</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>met</source>
        <translation>with</translation>
    </message>
    <message>
        <source>versie van {date}</source>
        <translation>version of {date}</translation>
    </message>
    <message>
        <source>zoals het nu is</source>
        <translation>as it is now</translation>
    </message>
    <message>
        <source>Wat is er veranderd</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>Geen verschillen.</source>
        <translation>No differences.</translation>
    </message>
    <message>
        <source>Het oude antwoord terugzetten</source>
        <translation>Put the old answer back</translation>
    </message>
    <message>
        <source>Er is nog geen versie vastgelegd, dus er is nog niets om te vergelijken. Leg deze versie vast als het plan klaar is.</source>
        <translation>No version has been kept yet, so there is nothing to compare. Keep this version when the plan is ready.</translation>
    </message>
    <message>
        <source>Dit is twee keer dezelfde versie. Kies twee verschillende versies.</source>
        <translation>This is the same version twice. Choose two different versions.</translation>
    </message>
    <message>
        <source>Nieuw — {where}
{new}</source>
        <translation>New — {where}
{new}</translation>
    </message>
    <message>
        <source>Weggehaald — {where}
was: {old}</source>
        <translation>Removed — {where}
was: {old}</translation>
    </message>
    <message>
        <source>Veranderd — {where}
was: {old}
nu: {new}</source>
        <translation>Changed — {where}
was: {old}
now: {new}</translation>
    </message>
    <message>
        <source>Veranderd — {where}</source>
        <translation>Changed — {where}</translation>
    </message>
    <message>
        <source>eraf: {entries}</source>
        <translation>out: {entries}</translation>
    </message>
    <message>
        <source>erbij: {entries}</source>
        <translation>in: {entries}</translation>
    </message>
    <message>
        <source>alleen een andere volgorde</source>
        <translation>only a different order</translation>
    </message>
    <message>
        <source>Laatst gewijzigd op {date}</source>
        <translation>Last changed on {date}</translation>
    </message>
    <message>
        <source>Nakijken vóór {date}</source>
        <translation>Review by {date}</translation>
    </message>
    <message>
        <source>Bijna tijd om na te kijken</source>
        <translation>Almost time to review</translation>
    </message>
    <message>
        <source>Verlopen: kijk je plan na</source>
        <translation>Overdue: review your plan</translation>
    </message>
    <message>
        <source>Meer dan 18 maanden oud: niet meer betrouwbaar</source>
        <translation>Over 18 months old: no longer reliable</translation>
    </message>
    <message>
        <source>Nog niet begonnen</source>
        <translation>Not started yet</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>DEMO — een verzonnen persoon. Er wordt niets opgeslagen.</source>
        <translation>DEMO — a fictional person. Nothing is saved.</translation>
    </message>
    <message>
        <source>Terug naar het overzicht</source>
        <translation>Back to the overview</translation>
    </message>
    <message>
        <source>Alle dossiers</source>
        <translation>All dossiers</translation>
    </message>
    <message>
        <source>Zakkaart maken</source>
        <translation>Make pocket card</translation>
    </message>
    <message>
        <source>Papier</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Voorbeeld van de zakkaart</source>
        <translation>Preview of the pocket card</translation>
    </message>
    <message>
        <source>Let op: wie de kaart vindt, kan alles lezen wat erop staat. Kies dus goed wat erop komt.</source>
        <translation>Note: whoever finds the card can read everything on it. So choose well what goes on it.</translation>
    </message>
    <message>
        <source>Opslaan als PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Openen in je PDF-lezer</source>
        <translation>Open in your PDF viewer</translation>
    </message>
    <message>
        <source>Hoe vouw ik de kaart?</source>
        <translation>How do I fold the card?</translation>
    </message>
    <message>
        <source>1. Print op ware grootte (100 %), enkelzijdig, op gewoon papier.
2. Meet de balk onderaan: die moet precies 5 cm zijn.
3. Knip de kaart uit langs de hoekstreepjes.
4. Vouw de rechterhelft naar achter langs de middelste streep-punt-lijn.
5. Vouw als een harmonica langs de andere streep-punt-lijnen. Je naam staat voorop.</source>
        <translation>1. Print at actual size (100 %), single-sided, on plain paper.
2. Measure the bar at the bottom: it must be exactly 5 cm.
3. Cut the card out along the corner marks.
4. Fold the right half backwards along the middle dash-dot line.
5. Fold like an accordion along the other dash-dot lines. Your name is on the front.</translation>
    </message>
    <message>
        <source>1. Print op ware grootte (100 %), enkelzijdig, op gewoon papier.
2. Meet de balk onderaan: die moet precies 5 cm zijn.
3. Knip de kaart uit langs de hoekstreepjes.
4. Knip langs de doorgetrokken middellijn: zo krijg je twee stroken.
5. Vouw elke strook als een harmonica langs de streep-punt-lijnen. Je naam staat voorop de linker strook.</source>
        <translation>1. Print at actual size (100 %), single-sided, on plain paper.
2. Measure the bar at the bottom: it must be exactly 5 cm.
3. Cut the card out along the corner marks.
4. Cut along the solid middle line: this gives you two strips.
5. Fold each strip like an accordion along the dash-dot lines. Your name is on the front of the left strip.</translation>
    </message>
    <message>
        <source>Vorm</source>
        <translation>Shape</translation>
    </message>
    <message>
        <source>Eén kaart: dubbelvouwen</source>
        <translation>One card: fold in half</translation>
    </message>
    <message>
        <source>Twee stroken: middellijn knippen</source>
        <translation>Two strips: cut the middle line</translation>
    </message>
    <message>
        <source>Alles past op de kaart (letters van {size} punt).</source>
        <translation>Everything fits on the card ({size} pt text).</translation>
    </message>
    <message>
        <source>Niet alles past op de kaart. Maak deze onderdelen korter (klik om erheen te gaan):</source>
        <translation>Not everything fits on the card. Shorten these parts (click to go there):</translation>
    </message>
    <message>
        <source>zakkaart</source>
        <translation>pocket-card</translation>
    </message>
    <message>
        <source>Ieder vult een eigen triadekaart in. De rol bepaalt welke vragen iemand krijgt.</source>
        <translation>Everyone fills in their own triad card. The role decides which questions they get.</translation>
    </message>
    <message>
        <source>triadekaart-vergelijking</source>
        <translation>triad-card-comparison</translation>
    </message>
    <message>
        <source>triadekaart-afspraken</source>
        <translation>triad-card-agreements</translation>
    </message>
    <message>
        <source>Opgeslagen in {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <source>Voorlezen</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Voorlezen: {text}</source>
        <translation>Read aloud: {text}</translation>
    </message>
    <message>
        <source>Voorlezen kan niet: er is geen Nederlandse stem. Installeer speech-dispatcher en espeak-ng.</source>
        <translation>Reading aloud is not available: there is no English voice. Install speech-dispatcher and espeak-ng.</translation>
    </message>
    <message>
        <source>Voorlezen kan niet: er is geen Nederlandse stem. Zet er een aan bij Spraak in de instellingen van je computer.</source>
        <translation>Reading aloud is not available: there is no English voice. Turn one on under Speech in your computer&apos;s settings.</translation>
    </message>
    <message>
        <source>Deze medicijnen staan ook hier:
{places}
Verander je hier iets, dan verandert het daar ook.</source>
        <translation>These medicines are also listed here:
{places}
If you change something here, it changes there too.</translation>
    </message>
    <message>
        <source>Medicijn {n} hoort in deze lijst</source>
        <translation>Medicine {n} belongs in this list</translation>
    </message>
    <message>
        <source>{name} staat nog in:
{places}

Haal daar eerst het vinkje weg. Daarna kun je het medicijn weghalen. Wil je het alleen hier niet? Haal dan hier het vinkje weg.</source>
        <translation>{name} is still listed in:
{places}

Untick it there first. Then you can remove the medicine. Only want it gone from this list? Then untick it here.</translation>
    </message>
    <message>
        <source>nog niet ingevuld</source>
        <translation>not filled in yet</translation>
    </message>
    <message>
        <source>niets te bespreken</source>
        <translation>nothing to discuss</translation>
    </message>
    <message>
        <source>Bewaar als foto voor je telefoon…</source>
        <translation>Save as a picture for your phone…</translation>
    </message>
    <message>
        <source>Let op: wie dit vindt, kan het lezen. De foto is niet versleuteld. Zet je hem op je vergrendelscherm, dan kan iedereen die je telefoon ziet lezen wat erop staat.</source>
        <translation>Note: whoever finds this can read it. The picture is not encrypted. If you set it as your lock screen, anyone who sees your phone can read what is on it.</translation>
    </message>
    <message>
        <source>telefoonfoto</source>
        <translation>phone-picture</translation>
    </message>
    <message>
        <source>De foto is opgeslagen in {path}. Zet hem op je telefoon.</source>
        <translation>The picture is saved in {path}. Put it on your phone.</translation>
    </message>
    <message>
        <source>De foto kon daar niet opgeslagen worden. Kies een andere plek.</source>
        <translation>The picture could not be saved there. Choose another place.</translation>
    </message>
    <message>
        <source>De kaarten naast elkaar</source>
        <translation>The cards side by side</translation>
    </message>
    <message>
        <source>Kaarten naast elkaar leggen</source>
        <translation>Lay the cards side by side</translation>
    </message>
    <message>
        <source>Taak</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Om te bespreken</source>
        <translation>To discuss</translation>
    </message>
    <message>
        <source>Laat zien</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Alle taken</source>
        <translation>All tasks</translation>
    </message>
    <message>
        <source>Alleen bespreekpunten</source>
        <translation>Only points to discuss</translation>
    </message>
    <message>
        <source>Alleen verschillen</source>
        <translation>Only differences</translation>
    </message>
    <message>
        <source>Alleen zonder eigenaar</source>
        <translation>Only without an owner</translation>
    </message>
    <message>
        <source>Veranderd sinds de vergelijking werd geopend: de kaart van {names}.</source>
        <translation>Changed since the comparison was opened: the card of {names}.</translation>
    </message>
    <message>
        <source>Nog niet klaar: {names}. Je kunt al kijken, maar hun kaart kan nog veranderen.</source>
        <translation>Not done yet: {names}. You can look already, but their card may still change.</translation>
    </message>
    <message>
        <source>Ik</source>
        <translation>Me</translation>
    </message>
    <message>
        <source>Iemand anders…</source>
        <translation>Someone else…</translation>
    </message>
    <message>
        <source>Wie is het? Typ een naam</source>
        <translation>Who is it? Type a name</translation>
    </message>
    <message>
        <source>Eerst: wat mag ieder zien?</source>
        <translation>First: what may each person see?</translation>
    </message>
    <message>
        <source>Zo meteen leg je de kaarten naast elkaar. Dan zie je wat iedereen heeft ingevuld. De cliënt beslist per persoon: mag die de kaarten van de anderen zien? Je kunt dit later weer veranderen.</source>
        <translation>In a moment you lay the cards side by side. Then you see what everyone filled in. The client decides for each person: may they see the others&apos; cards? You can change this later.</translation>
    </message>
    <message>
        <source>Mag {name} de kaarten van de anderen zien?</source>
        <translation>May {name} see the others&apos; cards?</translation>
    </message>
    <message>
        <source>Ja, dat mag</source>
        <translation>Yes, that is fine</translation>
    </message>
    <message>
        <source>Nee, nog niet</source>
        <translation>No, not yet</translation>
    </message>
    <message>
        <source>Opslaan en kaarten vergelijken</source>
        <translation>Save and compare the cards</translation>
    </message>
    <message>
        <source>Kies voor iedereen ja of nee.</source>
        <translation>Choose yes or no for everyone.</translation>
    </message>
    <message>
        <source>Wie mag wat zien?</source>
        <translation>Who may see what?</translation>
    </message>
    <message>
        <source>Laat deze vergelijking niet zien aan: {names}. De cliënt wil dat (nog) niet.</source>
        <translation>Do not show this comparison to: {names}. The client does not want that (yet).</translation>
    </message>
    <message>
        <source>Deelnemer toevoegen</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Voorstel: {role}. Klopt dat niet? Kies dan zelf een andere rol.</source>
        <translation>Suggested: {role}. Not right? Then choose another role yourself.</translation>
    </message>
    <message>
        <source>Wie doet wat? (triadekaart)</source>
        <translation>Who does what? (triad card)</translation>
    </message>
    <message>
        <source>Op de triadekaart zegt ieder voor zich wie nu wat doet en wie het zou moeten doen: jij, je naasten en je hulpverleners. Daarna leg je de kaarten naast elkaar.</source>
        <translation>On the triad card everyone says for themselves who does what now and who should do it: you, your relatives and friends, and your professionals. Then you put the cards side by side.</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Naaste</source>
        <translation>Relative or friend</translation>
    </message>
    <message>
        <source>Hulpverlener</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Invullen als {name}</source>
        <translation>Fill in as {name}</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Toch nog niet klaar</source>
        <translation>Not done after all</translation>
    </message>
    <message>
        <source>Verwijder {name}</source>
        <translation>Remove {name}</translation>
    </message>
    <message>
        <source>Wil je {name} als deelnemer verwijderen? Zijn of haar kaart gaat dan ook weg.</source>
        <translation>Do you want to remove {name} as a participant? Their card goes as well.</translation>
    </message>
    <message>
        <source>Kaart van {name} ({role})</source>
        <translation>Card of {name} ({role})</translation>
    </message>
    <message>
        <source>Afspraak maken over de gekozen taak</source>
        <translation>Make an agreement about the chosen task</translation>
    </message>
    <message>
        <source>Afspraak over: {task}</source>
        <translation>Agreement about: {task}</translation>
    </message>
    <message>
        <source>Wat spreken jullie af?</source>
        <translation>What do you agree?</translation>
    </message>
    <message>
        <source>Wie doet het?</source>
        <translation>Who does it?</translation>
    </message>
    <message>
        <source>Welke steun krijgt die persoon?</source>
        <translation>What support does that person get?</translation>
    </message>
    <message>
        <source>Nakijken op (dd-mm-jjjj)</source>
        <translation>Review on (dd-mm-yyyy)</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Loopt</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Gelukt</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Veranderd</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Afspraken om na te kijken: {count}</source>
        <translation>Agreements to review: {count}</translation>
    </message>
    <message>
        <source>Vergelijking als PDF…</source>
        <translation>Comparison as PDF…</translation>
    </message>
    <message>
        <source>Afspraken op een half A4…</source>
        <translation>Agreements on half a page…</translation>
    </message>
    <message>
        <source>Let op: een PDF is niet versleuteld. Iedereen die het bestand of de afdruk vindt, kan lezen wat erin staat. Bewaar het op een veilige plek.</source>
        <translation>Note: a PDF is not encrypted. Anyone who finds the file or the print-out can read it. Keep it in a safe place.</translation>
    </message>
    <message>
        <source>Toch opslaan</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Maak PDF van het hele plan…</source>
        <translation>Make a PDF of the whole plan…</translation>
    </message>
    <message>
        <source>crisisplan</source>
        <translation>crisis-plan</translation>
    </message>
    <message>
        <source>herstelplan-wrap</source>
        <translation>recovery-plan-wrap</translation>
    </message>
    <message>
        <source>Versturen…</source>
        <translation>Send…</translation>
    </message>
    <message>
        <source>Kaart van {name} versturen</source>
        <translation>Send {name}&apos;s card</translation>
    </message>
    <message>
        <source>De kaart gaat versleuteld in een bestand dat je zelf doorgeeft (mail, USB-stick). Alleen wie het wachtwoord of de sleutel heeft, kan hem openen.</source>
        <translation>The card goes encrypted into a file you pass on yourself (e-mail, USB stick). Only someone with the passphrase or the key can open it.</translation>
    </message>
    <message>
        <source>Met een wachtwoord dat we samen hebben afgesproken (niet per mail sturen)</source>
        <translation>With a passphrase we agreed on together (do not send it by e-mail)</translation>
    </message>
    <message>
        <source>Naar het samenplan-adres van de ontvanger</source>
        <translation>To the receiver&apos;s samenplan address</translation>
    </message>
    <message>
        <source>Gedeeld wachtwoord</source>
        <translation>Shared passphrase</translation>
    </message>
    <message>
        <source>Adres van de ontvanger</source>
        <translation>Receiver&apos;s address</translation>
    </message>
    <message>
        <source>Kies een gedeeld wachtwoord van minstens {count} tekens.</source>
        <translation>Choose a shared passphrase of at least {count} characters.</translation>
    </message>
    <message>
        <source>De twee wachtwoorden zijn niet gelijk. Typ ze nog een keer.</source>
        <translation>The two passphrases differ. Type them again.</translation>
    </message>
    <message>
        <source>Bestand maken…</source>
        <translation>Make the file…</translation>
    </message>
    <message>
        <source>Kaart versturen</source>
        <translation>Send card</translation>
    </message>
    <message>
        <source>kaart.age</source>
        <translation>card.age</translation>
    </message>
    <message>
        <source>Het bestand kon daar niet worden opgeslagen. Kies een andere plek.</source>
        <translation>The file could not be saved there. Choose another place.</translation>
    </message>
    <message>
        <source>Het bestand met de kaart van {name} is klaar. Geef het door aan de ontvanger.</source>
        <translation>The file with {name}&apos;s card is ready. Pass it on to the receiver.</translation>
    </message>
    <message>
        <source>Dat is niet gelukt. Probeer het nog een keer; er is niets veranderd.</source>
        <translation>That did not work. Try again; nothing was changed.</translation>
    </message>
    <message>
        <source>Kaart ontvangen…</source>
        <translation>Receive a card…</translation>
    </message>
    <message>
        <source>Kaart ontvangen</source>
        <translation>Receive a card</translation>
    </message>
    <message>
        <source>Dit bestand kan niet worden gelezen. Kies het bestand opnieuw.</source>
        <translation>This file cannot be read. Choose the file again.</translation>
    </message>
    <message>
        <source>Deze kaart staat al in het dossier. Wil je hem vervangen door de ontvangen kaart?</source>
        <translation>This card is already in the dossier. Replace it with the received card?</translation>
    </message>
    <message>
        <source>Vervangen</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>De kaart van {name} staat nu in het dossier.</source>
        <translation>{name}&apos;s card is now in the dossier.</translation>
    </message>
    <message>
        <source>Het is de eerste kaart van deze afzender: vergelijk samen deze vingerafdruk: {fingerprint}</source>
        <translation>This is the first card from this sender: compare this fingerprint together: {fingerprint}</translation>
    </message>
    <message>
        <source>Het dossier &apos;{title}&apos; is toegevoegd. Je vindt het bij Dossiers.</source>
        <translation>The dossier &apos;{title}&apos; was added. You find it under Dossiers.</translation>
    </message>
    <message>
        <source>Dit dossier komt van een afzender die dit profiel nog niet kent. Vergelijk deze vingerafdruk met de afzender (samen of telefonisch): {fingerprint}. Neem het dossier alleen aan als die klopt.</source>
        <translation>This dossier comes from a sender this profile does not know yet. Compare this fingerprint with the sender (in person or by phone): {fingerprint}. Only take the dossier in if it matches.</translation>
    </message>
    <message>
        <source>Afzender vertrouwen</source>
        <translation>Trust the sender</translation>
    </message>
    <message>
        <source>Mijn adres</source>
        <translation>My address</translation>
    </message>
    <message>
        <source>Met dit adres kan iemand jou een triadekaart sturen die alleen jij kunt openen. Het is lang; hier zie je het begin en het eind.</source>
        <translation>With this address someone can send you a triad card that only you can open. It is long; here you see its start and its end.</translation>
    </message>
    <message>
        <source>Je adres, ingekort:</source>
        <translation>Your address, shortened:</translation>
    </message>
    <message>
        <source>Vingerafdruk om samen te vergelijken: {fingerprint}</source>
        <translation>Fingerprint to compare together: {fingerprint}</translation>
    </message>
    <message>
        <source>Kopieer adres</source>
        <translation>Copy address</translation>
    </message>
    <message>
        <source>Het hele adres staat op het klembord. Plak het in je bericht.</source>
        <translation>The whole address is on the clipboard. Paste it into your message.</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Beel&amp;d</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Hulp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Over samenplan…</source>
        <translation>About samenplan…</translation>
    </message>
    <message>
        <source>Over samenplan</source>
        <translation>About samenplan</translation>
    </message>
    <message>
        <source>samenplan {version}

Met samenplan maak je je crisiskaart, je triadekaart en je WRAP. Alles blijft versleuteld op je eigen computer.

samenplan is vrije software: je mag het gebruiken, delen en veranderen volgens de GNU General Public License, versie 3 of later. Het is gemaakt met programma&apos;s van anderen. Onder Licenties zie je welke, met hun licenties.</source>
        <translation>samenplan {version}

With samenplan you make your crisis card, your triad card and your WRAP. Everything stays encrypted on your own computer.

samenplan is free software: you may use, share and change it under the GNU General Public License, version 3 or later. It is made with software by others. Under Licences you see which, with their licences.</translation>
    </message>
    <message>
        <source>&amp;Licenties</source>
        <translation>&amp;Licences</translation>
    </message>
    <message>
        <source>Licenties van gebruikte programma&apos;s</source>
        <translation>Licences of the software used</translation>
    </message>
    <message>
        <source>De lijst met licenties ontbreekt in deze installatie.</source>
        <translation>The list of licences is missing from this installation.</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Opnieuw doen</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Verder met deze versie</source>
        <translation>Go on with this version</translation>
    </message>
    <message>
        <source>Deze versie is nu de huidige en wordt weer gewoon bewaard.</source>
        <translation>This version is now the current one and is saved as usual again.</translation>
    </message>
    <message>
        <source>Er is niets om ongedaan te maken.</source>
        <translation>There is nothing to undo.</translation>
    </message>
    <message>
        <source>De laatste wijziging is ongedaan gemaakt.</source>
        <translation>The last change was undone.</translation>
    </message>
    <message>
        <source>De wijziging is opnieuw gedaan.</source>
        <translation>The change was done again.</translation>
    </message>
    <message>
        <source>Er is niets om opnieuw te doen.</source>
        <translation>There is nothing to redo.</translation>
    </message>
    <message>
        <source>Vergrendel nu</source>
        <translation>Lock now</translation>
    </message>
    <message>
        <source>Wachtwoord wijzigen…</source>
        <translation>Change passphrase…</translation>
    </message>
    <message>
        <source>Wachtwoord wijzigen</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Huidig wachtwoord</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Typ eerst je huidige wachtwoord.</source>
        <translation>First type your current passphrase.</translation>
    </message>
    <message>
        <source>Dit wachtwoord is te makkelijk te raden. Maak het langer, bijvoorbeeld met een paar woorden achter elkaar.</source>
        <translation>This passphrase is too easy to guess. Make it longer, for example a few words in a row.</translation>
    </message>
    <message>
        <source>Je wachtwoord is gewijzigd. Het oude opent je profiel niet meer.</source>
        <translation>Your passphrase was changed. The old one no longer opens your profile.</translation>
    </message>
    <message>
        <source>Nieuwe herstelcode…</source>
        <translation>New recovery code…</translation>
    </message>
    <message>
        <source>Je krijgt een nieuwe herstelcode. De oude werkt daarna niet meer. Houd pen en papier klaar.</source>
        <translation>You will get a new recovery code. The old one will stop working. Have pen and paper ready.</translation>
    </message>
    <message>
        <source>Onthoud deze computer</source>
        <translation>Remember this computer</translation>
    </message>
    <message>
        <source>Deze computer opent je profiel nu ook zonder wachtwoord, met de knop &apos;Openen met deze computer&apos;. Iedereen die deze computer als jou gebruikt, kan dat ook.</source>
        <translation>This computer now opens your profile without the passphrase too, with the button &apos;Open with this computer&apos;. Anyone who uses this computer as you can do that as well.</translation>
    </message>
    <message>
        <source>Vergeet deze computer…</source>
        <translation>Forget this computer…</translation>
    </message>
    <message>
        <source>Daarna opent deze computer je profiel alleen nog met je wachtwoord.</source>
        <translation>Afterwards this computer opens your profile only with your passphrase.</translation>
    </message>
    <message>
        <source>Deze computer opent je profiel niet meer zonder wachtwoord.</source>
        <translation>This computer no longer opens your profile without the passphrase.</translation>
    </message>
    <message>
        <source>Profiel verwijderen…</source>
        <translation>Delete profile…</translation>
    </message>
    <message>
        <source>Hiermee verdwijnen alle dossiers van het profiel &apos;{name}&apos; van deze computer, ook de reservekopieën. Dat kan niet ongedaan worden gemaakt.

Typ de naam van het profiel om dit te bevestigen:</source>
        <translation>This removes every dossier of the profile &apos;{name}&apos; from this computer, backups included. It cannot be undone.

Type the profile&apos;s name to confirm:</translation>
    </message>
    <message>
        <source>Die naam klopt niet. Er is niets verwijderd.</source>
        <translation>That name does not match. Nothing was deleted.</translation>
    </message>
    <message>
        <source>Het profiel &apos;{name}&apos; is verwijderd.</source>
        <translation>The profile &apos;{name}&apos; was deleted.</translation>
    </message>
    <message>
        <source>Profiel controleren…</source>
        <translation>Check profile…</translation>
    </message>
    <message>
        <source>Profiel controleren</source>
        <translation>Check profile</translation>
    </message>
    <message>
        <source>samenplan kijkt in de map van je profiel. Staan daar conflictkopieën (twee versies van één bestand, gemaakt door je synchronisatieprogramma) of bestanden die niet kloppen, dan zie je ze hier. Er gaat niets weg zonder dat jij kiest.</source>
        <translation>samenplan looks in your profile&apos;s folder. If there are conflict copies (two versions of one file, made by your sync program) or files that are not right, you see them here. Nothing goes without your choice.</translation>
    </message>
    <message>
        <source>Alles in orde: er zijn geen problemen gevonden.</source>
        <translation>All is well: no problems were found.</translation>
    </message>
    <message>
        <source>Vergelijken en kiezen…</source>
        <translation>Compare and choose…</translation>
    </message>
    <message>
        <source>Kopie weghalen</source>
        <translation>Remove copy</translation>
    </message>
    <message>
        <source>Deze kopie van de dossierlijst wordt weggehaald. Al je dossiers blijven bewaard.</source>
        <translation>This copy of the dossier list will be removed. All your dossiers are kept.</translation>
    </message>
    <message>
        <source>Twee versies van {title}</source>
        <translation>Two versions of {title}</translation>
    </message>
    <message>
        <source>Twee computers hebben dit dossier allebei veranderd. Links staat de huidige versie, rechts de conflictkopie{saved}. Kies per onderdeel welke je houdt. Wat je niet kiest, gaat niet verloren: het blijft bewaard als vastgelegde versie (onder Versies).</source>
        <translation>Two computers both changed this dossier. On the left is the current version, on the right the conflict copy{saved}. Choose per section which one to keep. What you do not choose is not lost: it is kept as a saved version (under Versions).</translation>
    </message>
    <message>
        <source>Huidige versie houden</source>
        <translation>Keep the current version</translation>
    </message>
    <message>
        <source>Conflictkopie houden</source>
        <translation>Keep the conflict copy</translation>
    </message>
    <message>
        <source>Bewaren zoals gekozen</source>
        <translation>Save as chosen</translation>
    </message>
    <message>
        <source> (bewaard op {date})</source>
        <translation> (saved on {date})</translation>
    </message>
    <message>
        <source>Huidige versie</source>
        <translation>Current version</translation>
    </message>
    <message>
        <source>Conflictkopie</source>
        <translation>Conflict copy</translation>
    </message>
    <message>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Huidige houden</source>
        <translation>Keep current</translation>
    </message>
    <message>
        <source>Kopie houden</source>
        <translation>Keep copy</translation>
    </message>
    <message>
        <source>De twee versies hebben dezelfde antwoorden. De kopie kan weg.</source>
        <translation>The two versions have the same answers. The copy can go.</translation>
    </message>
    <message>
        <source>Je keuze wordt bewaard en de conflictkopie wordt weggehaald. Wat je niet koos, blijft bewaard als vastgelegde versie.</source>
        <translation>Your choice is saved and the conflict copy is removed. What you did not choose is kept as a kept version.</translation>
    </message>
    <message>
        <source>Je keuze is bewaard. De conflictkopie is weggehaald.</source>
        <translation>Your choice was saved. The conflict copy was removed.</translation>
    </message>
    <message>
        <source>Ook open op een andere computer</source>
        <translation>Also open on another computer</translation>
    </message>
    <message>
        <source>Wil je het profiel hier toch openen?</source>
        <translation>Do you want to open the profile here anyway?</translation>
    </message>
    <message>
        <source>Toch openen</source>
        <translation>Open anyway</translation>
    </message>
    <message>
        <source>Dit dossier is op een andere computer veranderd. Je ziet nu die versie.</source>
        <translation>This dossier was changed on another computer. You now see that version.</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Je laatste wijzigingen konden niet worden bewaard (de balk onderin zegt waarom). Als je nu afsluit, gaan ze verloren.</source>
        <translation>Your latest changes could not be saved (the bar at the bottom says why). If you quit now, they will be lost.</translation>
    </message>
    <message>
        <source>Toch afsluiten</source>
        <translation>Quit anyway</translation>
    </message>
    <message>
        <source>Grotere letters</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Kleinere letters</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>Hoog contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>samenplan wordt geopend…</source>
        <translation>Opening samenplan…</translation>
    </message>
    <message>
        <source>samenplan is vergrendeld.</source>
        <translation>samenplan is locked.</translation>
    </message>
    <message>
        <source>Er ging iets mis; wat je hebt ingevuld is bewaard.</source>
        <translation>Something went wrong; what you filled in has been kept.</translation>
    </message>
    <message>
        <source>Reservekopie maken…</source>
        <translation>Make a backup…</translation>
    </message>
    <message>
        <source>Reservekopie terugzetten…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <source>Reservekopie maken</source>
        <translation>Make a backup</translation>
    </message>
    <message>
        <source>Reservekopie terugzetten</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>De reservekopie wordt gemaakt…</source>
        <translation>Making the backup…</translation>
    </message>
    <message>
        <source>De reservekopie wordt gecontroleerd…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>Je reservekopie staat in {path}. Hij is versleuteld: alleen je wachtwoord of je herstelcode opent hem. Bewaar hem op een andere plek dan deze computer, bijvoorbeeld op een USB-stick.</source>
        <translation>Your backup is in {path}. It is encrypted: only your passphrase or your recovery code opens it. Keep it somewhere other than this computer, for example on a USB stick.</translation>
    </message>
    <message>
        <source>Het wachtwoord of de herstelcode van het profiel in deze reservekopie:</source>
        <translation>The passphrase or the recovery code of the profile in this backup:</translation>
    </message>
    <message>
        <source>Er is op deze computer al een profiel &apos;{name}&apos;. Dat blijft zoals het is. Wil je de reservekopie terugzetten als &apos;{other}&apos;?</source>
        <translation>There already is a profile &apos;{name}&apos; on this computer. It stays as it is. Do you want to restore the backup as &apos;{other}&apos;?</translation>
    </message>
    <message>
        <source>Ja, terugzetten</source>
        <translation>Yes, restore</translation>
    </message>
    <message>
        <source>{name} (teruggezet {day})</source>
        <translation>{name} (restored {day})</translation>
    </message>
    <message>
        <source>Profiel &apos;{name}&apos; is teruggezet. Open het met je wachtwoord of je herstelcode.</source>
        <translation>Profile &apos;{name}&apos; was restored. Open it with your passphrase or your recovery code.</translation>
    </message>
    <message>
        <source>Je hebt nog geen reservekopie van dit profiel. Zet er een op een USB-stick: dan ben je je plannen niet kwijt als deze computer stukgaat of zoekraakt.</source>
        <translation>You have no backup of this profile yet. Put one on a USB stick: then you do not lose your plans if this computer breaks or gets lost.</translation>
    </message>
    <message>
        <source>Je laatste reservekopie is van {day}. Maak een nieuwe, bijvoorbeeld op een USB-stick: dan ben je je plannen niet kwijt als deze computer stukgaat of zoekraakt.</source>
        <translation>Your last backup is from {day}. Make a new one, for example on a USB stick: then you do not lose your plans if this computer breaks or gets lost.</translation>
    </message>
    <message>
        <source>Herinner me:</source>
        <translation>Remind me:</translation>
    </message>
    <message>
        <source>elke 2 weken</source>
        <translation>every 2 weeks</translation>
    </message>
    <message>
        <source>elke 4 weken</source>
        <translation>every 4 weeks</translation>
    </message>
    <message>
        <source>elke 3 maanden</source>
        <translation>every 3 months</translation>
    </message>
    <message>
        <source>nooit</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
</TS>
