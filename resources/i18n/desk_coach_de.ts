<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Shortcuts</name>
        <message>
            <location filename="../../desk_coach/adapters/global_shortcut.py" line="54" />
            <source>Show the status window</source>
            <extracomment>The name of Desk Coach's global shortcut in the desktop's shortcut settings (KDE Plasma).</extracomment>
            <translation>Statusfenster anzeigen</translation>
        </message>
    </context>
    <context>
        <name>Storage</name>
        <message>
            <location filename="../../desk_coach/adapters/storage/database.py" line="181" />
            <source>Desk Coach cannot save anything in its data folder {folder}: it is read-only. It shows the history that is there and keeps coaching, but nothing new can be saved; make the folder writable (or free space on its disk) and start Desk Coach again to save again.</source>
            <extracomment>{folder} is the folder where Desk Coach keeps its data.</extracomment>
            <translation>Desk Coach kann in seinem Datenordner {folder} nichts speichern: Er ist schreibgeschützt. Desk Coach zeigt den vorhandenen Verlauf und coacht weiter, aber nichts Neues wird gespeichert; mach den Ordner beschreibbar (oder schaffe Platz auf dem Datenträger) und starte Desk Coach neu, damit wieder gespeichert wird.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/adapters/storage/database.py" line="347" />
            <source>Desk Coach could not move {source} aside to {target}: {error}</source>
            <extracomment>A file Desk Coach cannot use is moved aside: {source} is its path, {target} the new one, {error} the reason.</extracomment>
            <translation>Desk Coach konnte {source} nicht nach {target} beiseitelegen: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/adapters/storage/database.py" line="349" />
            <source>that name is already taken</source>
            <extracomment>Why a file could not be moved aside: another file has the name it was to get.</extracomment>
            <translation>dieser Name ist schon vergeben</translation>
        </message>
        <message>
            <location filename="../../desk_coach/adapters/storage/database.py" line="64" />
            <source>The file Desk Coach keeps your history in is not a database.</source>
            <translation>Die Datei, in der Desk Coach deinen Verlauf aufbewahrt, ist keine Datenbank.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/adapters/storage/database.py" line="68" />
            <source>Desk Coach's history database is damaged and could not be read safely.</source>
            <translation>Die Verlaufsdatenbank von Desk Coach ist beschädigt und konnte nicht sicher gelesen werden.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/adapters/storage/database.py" line="72" />
            <source>Desk Coach's history database was saved by a newer version of Desk Coach, which this version cannot read. Update Desk Coach and move the file back to use that history again.</source>
            <translation>Die Verlaufsdatenbank wurde von einer neueren Version von Desk Coach gespeichert, die diese Version nicht lesen kann. Aktualisiere Desk Coach und lege die Datei zurück, um diesen Verlauf wieder zu nutzen.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/adapters/storage/database.py" line="80" />
            <source>The file where Desk Coach keeps your history holds a database Desk Coach did not create.</source>
            <translation>Die Datei, in der Desk Coach deinen Verlauf aufbewahrt, enthält eine Datenbank, die nicht von Desk Coach stammt.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/adapters/storage/database.py" line="112" />
            <source>{explanation} Nothing in it was changed or deleted: the old file is now at {moved_to}. Desk Coach is continuing with a fresh, empty history.</source>
            <extracomment>After why the history database could not be used: {explanation} is that sentence, {moved_to} the path where the old file now is.</extracomment>
            <translation>{explanation} Darin wurde nichts geändert oder gelöscht: Die alte Datei liegt jetzt unter {moved_to}. Desk Coach macht mit einem neuen, leeren Verlauf weiter.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/adapters/storage/database.py" line="129" />
            <source>Desk Coach could not prepare its history database at {path}: {error}</source>
            <extracomment>{path} is the database file, {error} the database's own words (English).</extracomment>
            <translation>Desk Coach konnte seine Verlaufsdatenbank unter {path} nicht vorbereiten: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/adapters/storage/database.py" line="200" />
            <source>Desk Coach cannot create or use its data folder {folder}: {error}</source>
            <extracomment>{folder} is the data folder, {error} the system's reason.</extracomment>
            <translation>Desk Coach kann seinen Datenordner {folder} weder anlegen noch nutzen: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/adapters/storage/database.py" line="254" />
            <source>Desk Coach cannot write its history database {path}: {error}</source>
            <extracomment>{path} is the database file, {error} the system's reason.</extracomment>
            <translation>Desk Coach kann seine Verlaufsdatenbank {path} nicht schreiben: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/adapters/storage/database.py" line="278" />
            <source>Desk Coach cannot read its history database {path}: {error}</source>
            <extracomment>{path} is the database file, {error} the system's reason.</extracomment>
            <translation>Desk Coach kann seine Verlaufsdatenbank {path} nicht lesen: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/adapters/storage/database.py" line="294" />
            <source>Desk Coach could not check its history database {path}: {error}</source>
            <extracomment>{path} is the database file, {error} the database's own words (English).</extracomment>
            <translation>Desk Coach konnte seine Verlaufsdatenbank {path} nicht prüfen: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/adapters/storage/database.py" line="208" />
            <source>Desk Coach cannot use its data folder {folder}: {error}</source>
            <extracomment>{folder} is the data folder, {error} the system's reason.</extracomment>
            <translation>Desk Coach kann seinen Datenordner {folder} nicht nutzen: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/bootstrap.py" line="58" />
            <source>The exercise library could not be read; breaks show a plain countdown.</source>
            <translation>Die Übungsbibliothek konnte nicht gelesen werden; Pausen zeigen einen einfachen Countdown.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/bootstrap.py" line="64" />
            <source>{error} Desk Coach keeps coaching, but nothing new can be saved until that is fixed and Desk Coach is started again.</source>
            <extracomment>{error} is why the history database cannot be used (a sentence).</extracomment>
            <translation>{error} Desk Coach coacht weiter, aber nichts Neues kann gespeichert werden, bis das behoben ist und Desk Coach neu gestartet wurde.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/storage.py" line="12" />
            <source>the disk that holds your history is full</source>
            <extracomment>Why nothing can be saved, inside "Saving stopped: ..." and the status line's "not saving: ...".</extracomment>
            <translation>der Datenträger mit deinem Verlauf ist voll</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/storage.py" line="14" />
            <source>Free some space on that disk; Desk Coach saves what it kept in the meantime as soon as it can.</source>
            <extracomment>What to do when the disk is full.</extracomment>
            <translation>Schaffe etwas Platz auf diesem Datenträger; Desk Coach speichert, was er inzwischen behalten hat, sobald es geht.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/storage.py" line="19" />
            <source>the folder that holds your history is read-only</source>
            <extracomment>Why nothing can be saved, inside "Saving stopped: ...".</extracomment>
            <translation>der Ordner mit deinem Verlauf ist schreibgeschützt</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/storage.py" line="21" />
            <source>Make the folder writable again (or remount it); until then nothing new can be saved.</source>
            <extracomment>What to do when the folder is read-only.</extracomment>
            <translation>Mach den Ordner wieder beschreibbar (oder hänge ihn neu ein); bis dahin kann nichts Neues gespeichert werden.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/storage.py" line="25" />
            <source>another program is holding your history database locked</source>
            <extracomment>Why nothing can be saved, inside "Saving stopped: ...".</extracomment>
            <translation>ein anderes Programm hält deine Verlaufsdatenbank gesperrt</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/storage.py" line="27" />
            <source>Close any program that has the database open; Desk Coach saves what it kept once it is free.</source>
            <extracomment>What to do when another program locks the database.</extracomment>
            <translation>Schließe jedes Programm, das die Datenbank geöffnet hat; Desk Coach speichert, was er behalten hat, sobald sie frei ist.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/storage.py" line="32" />
            <source>your history database or its folder cannot be opened (it may have been moved, deleted or unmounted)</source>
            <extracomment>Why nothing can be saved, inside "Saving stopped: ...".</extracomment>
            <translation>deine Verlaufsdatenbank oder ihr Ordner lässt sich nicht öffnen (vielleicht wurde er verschoben, gelöscht oder ausgehängt)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/storage.py" line="37" />
            <source>Put the folder back or restart Desk Coach; what it kept in the meantime is saved when it can.</source>
            <extracomment>What to do when the database's folder is gone.</extracomment>
            <translation>Lege den Ordner zurück oder starte Desk Coach neu; was inzwischen behalten wurde, wird gespeichert, sobald es geht.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/storage.py" line="42" />
            <source>your history could not be written to the disk</source>
            <extracomment>Why nothing can be saved, inside "Saving stopped: ...".</extracomment>
            <translation>dein Verlauf konnte nicht auf den Datenträger geschrieben werden</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/storage.py" line="44" />
            <source>Check the disk; Desk Coach saves what it kept in the meantime as soon as it can.</source>
            <extracomment>What to do after another write error.</extracomment>
            <translation>Prüfe den Datenträger; Desk Coach speichert, was er inzwischen behalten hat, sobald es geht.</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <location filename="../../desk_coach/adapters/storage/export.py" line="346" />
            <source>{output} already exists (use --force to replace it)</source>
            <extracomment>{output} is the path given for the export; "--force" is an option's name, keep it.</extracomment>
            <translation>{output} gibt es schon (mit --force wird es ersetzt)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/adapters/storage/export.py" line="350" />
            <source>{output} is a folder; a JSON export needs a file name</source>
            <extracomment>{output} is the path given for the export.</extracomment>
            <translation>{output} ist ein Ordner; ein JSON-Export braucht einen Dateinamen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/adapters/storage/export.py" line="354" />
            <source>{output} is not a folder; a CSV export writes a folder</source>
            <extracomment>{output} is the path given for the export.</extracomment>
            <translation>{output} ist kein Ordner; ein CSV-Export schreibt einen Ordner</translation>
        </message>
        <message>
            <location filename="../../desk_coach/adapters/storage/export.py" line="362" />
            <source>cannot write {output}: {error}</source>
            <extracomment>{output} is the path given for the export, {error} the system's reason.</extracomment>
            <translation>{output} kann nicht geschrieben werden: {error}</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <location filename="../../desk_coach/cli.py" line="59" />
            <source>log debugging detail</source>
            <extracomment>Help of the option --verbose.</extracomment>
            <translation>Details zur Fehlersuche protokollieren</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="64" />
            <source>show sitting time, the next break and why the coach is quiet</source>
            <extracomment>Help of the command "status".</extracomment>
            <translation>Sitzzeit, nächste Pause und den Grund für Ruhe des Coachs anzeigen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="67" />
            <source>print the status as JSON</source>
            <extracomment>Help of the option --json of "status".</extracomment>
            <translation>Status als JSON ausgeben</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="73" />
            <source>skip the break that is due (not in strict mode)</source>
            <extracomment>Help of the command "skip".</extracomment>
            <translation>die fällige Pause auslassen (nicht im strengen Modus)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="79" />
            <source>show where Desk Coach keeps its data, settings and log</source>
            <extracomment>Help of the command "paths".</extracomment>
            <translation>anzeigen, wo Desk Coach Daten, Einstellungen und Protokoll ablegt</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="82" />
            <source>show the settings in force and any problem in the settings file</source>
            <extracomment>Help of the command "settings".</extracomment>
            <translation>die geltenden Einstellungen und etwaige Probleme der Einstellungsdatei anzeigen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="87" />
            <source>only check the file: exit 1 if it has problems</source>
            <extracomment>Help of the option --check of "settings".</extracomment>
            <translation>nur die Datei prüfen: Exit-Status 1, wenn sie Probleme hat</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="90" />
            <source>open the Settings window in the running coach</source>
            <extracomment>Help of the option --open of "settings".</extracomment>
            <translation>die Einstellungen im laufenden Coach öffnen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="93" />
            <source>open the Progress window in the running coach</source>
            <extracomment>Help of the command "progress".</extracomment>
            <translation>das Fenster „Fortschritt“ im laufenden Coach öffnen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="100" />
            <source>delete all your Desk Coach data: history, settings and logs</source>
            <extracomment>Help of the command "delete-data".</extracomment>
            <translation>alle deine Desk-Coach-Daten löschen: Verlauf, Einstellungen und Protokolle</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="103" />
            <source>confirm: really delete everything</source>
            <extracomment>Help of the option --yes of "delete-data".</extracomment>
            <translation>bestätigen: wirklich alles löschen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="110" />
            <source>start the tray coach (the default); a second start hands over to the running one</source>
            <extracomment>Help of the command "run".</extracomment>
            <translation>den Coach im Infobereich starten (Standard); ein zweiter Start übergibt an den laufenden</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="115" />
            <source>SECONDS</source>
            <extracomment>A number of seconds in the help ("--test-interval SECONDS"); capitals, no spaces.</extracomment>
            <translation>SEKUNDEN</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="141" />
            <source>put off the break that is due in the running coach</source>
            <extracomment>Help of the command "snooze".</extracomment>
            <translation>die fällige Pause im laufenden Coach verschieben</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="144" />
            <source>snooze for N minutes, a length the Snooze menu offers (default: the usual one)</source>
            <extracomment>Help of the option --minutes of "snooze"; N is the option's value, a number of minutes.</extracomment>
            <translation>um N Minuten verschieben, eine der Längen aus dem Menü „Später erinnern“ (Standard: die übliche)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="152" />
            <source>take the self-check in the running coach, or record one from a trainer's file</source>
            <extracomment>Help of the command "screen".</extracomment>
            <translation>den Selbstcheck im laufenden Coach machen oder einen aus der Datei einer Trainerin oder eines Trainers übernehmen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="172" />
            <source>show today's plan: the daily routine and the next micro-breaks, with reasons</source>
            <extracomment>Help of the command "plan".</extracomment>
            <translation>den heutigen Plan anzeigen: die tägliche Routine und die nächsten Mikropausen, mit Begründung</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="191" />
            <source>show the figures of one week: sitting, breaks, routines and exercise</source>
            <extracomment>Help of the command "stats".</extracomment>
            <translation>die Zahlen einer Woche anzeigen: Sitzen, Pausen, Routinen und Übungen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="203" />
            <source>print the figures as JSON</source>
            <extracomment>Help of the option --json of "stats".</extracomment>
            <translation>Zahlen als JSON ausgeben</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="209" />
            <source>export all your Desk Coach data as CSV or JSON</source>
            <extracomment>Help of the command "export".</extracomment>
            <translation>alle deine Desk-Coach-Daten als CSV oder JSON exportieren</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="227" />
            <source>replace an existing output</source>
            <extracomment>Help of the option --force of "export".</extracomment>
            <translation>eine vorhandene Ausgabe ersetzen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="235" />
            <source>write a PDF of your progress to show a physiotherapist or trainer</source>
            <extracomment>Help of the command "report".</extracomment>
            <translation>ein PDF deines Fortschritts schreiben, um es einer Physiotherapeutin oder einem Trainer zu zeigen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="275" />
            <source>replace an existing file</source>
            <extracomment>Help of the option --force of "report".</extracomment>
            <translation>eine vorhandene Datei ersetzen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="641" />
            <source>The self-check could not be saved: {error}</source>
            <extracomment>{error} says why (the database's own words).</extracomment>
            <translation>Der Selbstcheck konnte nicht gespeichert werden: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="646" />
            <source>Recorded the self-check from {file} (taken {taken}).</source>
            <extracomment>{file} is the trainer's file; {taken} the date and time the check was taken (2026-12-05 14:30).</extracomment>
            <translation>Selbstcheck aus {file} übernommen (gemacht am {taken}).</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="696" />
            <source>Equipment at hand, now also the equipment setting the plans follow: {listed}.</source>
            <extracomment>{listed} is the equipment, as the settings file names it ("band, chair").</extracomment>
            <translation>Vorhandene Ausrüstung, jetzt auch die Einstellung, nach der sich die Pläne richten: {listed}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="703" />
            <source>No history yet, so this is the plan for a first start (nothing was saved).</source>
            <translation>Noch kein Verlauf, daher ist das der Plan für einen ersten Start (nichts wurde gespeichert).</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="709" />
            <source>No history yet, so this week is empty (nothing was saved).</source>
            <translation>Noch kein Verlauf, daher ist diese Woche leer (nichts wurde gespeichert).</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="736" />
            <source>Desk Coach cannot open its database, so there is no plan: {error}</source>
            <extracomment>{error} says why (the database's own words).</extracomment>
            <translation>Desk Coach kann seine Datenbank nicht öffnen, daher gibt es keinen Plan: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="740" />
            <source>Desk Coach could not read its database, so there is no plan: {error}</source>
            <extracomment>{error} says why (the database's own words).</extracomment>
            <translation>Desk Coach konnte seine Datenbank nicht lesen, daher gibt es keinen Plan: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="808" />
            <source>Desk Coach cannot open its database, so there are no figures: {error}</source>
            <extracomment>{error} says why (the database's own words).</extracomment>
            <translation>Desk Coach kann seine Datenbank nicht öffnen, daher gibt es keine Zahlen: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="812" />
            <source>Desk Coach could not read its database, so there are no figures: {error}</source>
            <extracomment>{error} says why (the database's own words).</extracomment>
            <translation>Desk Coach konnte seine Datenbank nicht lesen, daher gibt es keine Zahlen: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="830" />
            <source>Week {week}, {span}</source>
            <extracomment>The heading of "desk-coach stats": {week} is the ISO week (2026-W49), {span} its days.</extracomment>
            <translation>Woche {week}, {span}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="940" />
            <source># settings in force ({file})</source>
            <extracomment>The first line of "desk-coach settings", a TOML comment (keep the "# "); {file} is the settings file.</extracomment>
            <translation># geltende Einstellungen ({file})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="962" />
            <source>Export failed: {error}</source>
            <extracomment>{error} says why (the system's or the database's own words).</extracomment>
            <translation>Export fehlgeschlagen: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="964" />
            <source>Desk Coach cannot open its database, so nothing was exported: {error}</source>
            <extracomment>{error} says why (the database's own words).</extracomment>
            <translation>Desk Coach kann seine Datenbank nicht öffnen, daher wurde nichts exportiert: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="991" />
            <source>Desk Coach cannot open its database, so there is no report: {error}</source>
            <extracomment>{error} says why (the database's own words).</extracomment>
            <translation>Desk Coach kann seine Datenbank nicht öffnen, daher gibt es keinen Bericht: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="995" />
            <source>Desk Coach could not read its database, so there is no report: {error}</source>
            <extracomment>{error} says why (the database's own words).</extracomment>
            <translation>Desk Coach konnte seine Datenbank nicht lesen, daher gibt es keinen Bericht: {error}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/cli.py" line="1070" />
            <source>Deleted all your Desk Coach data (%n file(s) and folder(s)).</source>
            <extracomment>%n counts files and folders together.</extracomment>
            <translation>
                <numerusform>Alle deine Desk-Coach-Daten gelöscht (%n Datei oder Ordner).</numerusform>
                <numerusform>Alle deine Desk-Coach-Daten gelöscht (%n Dateien und Ordner).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="44" />
            <source>{program}: error: {message} (see '{command} --help')</source>
            <extracomment>A usage error, on one line: {program} is "desk-coach" or "desk-coach stats"..., {message} what argparse found wrong (in English: argparse's own words), {command} is "desk-coach".</extracomment>
            <translation>{program}: Fehler: {message} (siehe '{command} --help')</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="288" />
            <source>{text} is not a number of weeks from {least} to {most}</source>
            <extracomment>{text} is what the user typed, quoted; {least} and {most} are 1 and 260.</extracomment>
            <translation>{text} ist keine Anzahl Wochen von {least} bis {most}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="300" />
            <source>the name must be one line of at most {most} characters</source>
            <extracomment>{most} is the most characters a name may have (80).</extracomment>
            <translation>der Name muss eine Zeile mit höchstens {most} Zeichen sein</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="313" />
            <source>{text} must be more than 0 seconds</source>
            <translation>{text} muss mehr als 0 Sekunden sein</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="539" />
            <source>Break started in the running Desk Coach.</source>
            <translation>Pause im laufenden Desk Coach gestartet.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="580" />
            <source>Break skipped in the running Desk Coach.</source>
            <extracomment>Printed by `desk-coach skip` once the running coach skipped the due break.</extracomment>
            <translation>Pause im laufenden Desk Coach ausgelassen.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="676" />
            <source>none</source>
            <extracomment>What a trainer's file lists as equipment at hand, when it lists nothing.</extracomment>
            <translation>keine</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="756" />
            <source>Coaching is not set up yet: walk breaks only until you take the self-check ('{command}').</source>
            <extracomment>{command} is the command that starts the self-check: desk-coach screen.</extracomment>
            <translation>Das Coaching ist noch nicht eingerichtet: nur Gehpausen, bis du den Selbstcheck machst ('{command}').</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="765" />
            <source>Planned from your movement check of {day}.</source>
            <extracomment>{day} is the day of the last self-check (2026-12-05).</extracomment>
            <translation>Geplant nach deinem Bewegungscheck vom {day}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/cli.py" line="835" />
            <source>The figures include the %n min sat since your last break (not saved yet).</source>
            <extracomment>Under the heading of "desk-coach stats" while Desk Coach runs and the user sits: %n is the minutes sat since the last break, counted in the figures below.</extracomment>
            <translation>
                <numerusform>Die Zahlen enthalten schon die %n min, die du seit deiner letzten Pause sitzt (noch nicht gespeichert).</numerusform>
                <numerusform>Die Zahlen enthalten schon die %n min, die du seit deiner letzten Pause sitzt (noch nicht gespeichert).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="843" />
            <source>Each day runs from {begins} to {begins}, so a night shift counts on the day it began.</source>
            <extracomment>{begins} is a time of day (06:00): where the work hours put the start of a day.</extracomment>
            <translation>Jeder Tag geht von {begins} bis {begins}, also zählt eine Nachtschicht zu dem Tag, an dem sie begann.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="879" />
            <source>database:</source>
            <extracomment>A label of "desk-coach paths", followed by the database's path on the same line.</extracomment>
            <translation>Datenbank:</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="881" />
            <source>settings:</source>
            <extracomment>A label of "desk-coach paths", followed by the settings file's path on the same line.</extracomment>
            <translation>Einstellungen:</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="883" />
            <source>log:</source>
            <extracomment>A label of "desk-coach paths", followed by the log file's path on the same line.</extracomment>
            <translation>Protokoll:</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="910" />
            <source>Progress is open in the running Desk Coach.</source>
            <extracomment>Printed by "desk-coach progress".</extracomment>
            <translation>Der Fortschritt ist im laufenden Desk Coach geöffnet.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="915" />
            <source>The About box is open in the running Desk Coach.</source>
            <extracomment>Printed by "desk-coach about".</extracomment>
            <translation>Das Fenster „Über Desk Coach“ ist im laufenden Desk Coach geöffnet.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="926" />
            <source>Settings are open in the running Desk Coach.</source>
            <extracomment>Printed by "desk-coach settings --open".</extracomment>
            <translation>Die Einstellungen sind im laufenden Desk Coach geöffnet.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="956" />
            <source>There is no Desk Coach data to export (no database at {database}).</source>
            <extracomment>{database} is the path where the database would be.</extracomment>
            <translation>Es gibt keine Desk-Coach-Daten zum Exportieren (keine Datenbank unter {database}).</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="1023" />
            <source>{output} is a folder; give the PDF file's name.</source>
            <extracomment>{output} is the path given to --output.</extracomment>
            <translation>{output} ist ein Ordner; gib den Namen der PDF-Datei an.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="1027" />
            <source>The folder {folder} does not exist; nothing was written.</source>
            <extracomment>{folder} is the folder of the file given to --output.</extracomment>
            <translation>Den Ordner {folder} gibt es nicht; es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="1031" />
            <source>The folder {folder} cannot be written to; nothing was written.</source>
            <extracomment>{folder} is the folder of the file given to --output.</extracomment>
            <translation>In den Ordner {folder} kann nicht geschrieben werden; es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="1035" />
            <source>{output} already exists; add --force to replace it.</source>
            <extracomment>{output} is the file given to --output; "--force" is the option's name, keep it.</extracomment>
            <translation>{output} gibt es schon; füge --force hinzu, um die Datei zu ersetzen.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="1054" />
            <source>This would delete all your Desk Coach data: {what}. Add --yes to do it.</source>
            <extracomment>{what} lists the files and folders; "--yes" is the option's name, keep it.</extracomment>
            <translation>Damit würden alle deine Desk-Coach-Daten gelöscht: {what}. Füge --yes hinzu, um es zu tun.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="51" />
            <source>Desk Coach lives in your system tray, measures how long you really sit and guides short stretch breaks. With no command it starts the tray coach.</source>
            <translation>Desk Coach wohnt in deinem Infobereich, misst, wie lange du wirklich sitzt, und begleitet kurze Dehnpausen. Ohne Befehl startet er den Coach im Infobereich.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="70" />
            <source>start a break now in the running coach</source>
            <extracomment>Help of the command "break".</extracomment>
            <translation>jetzt eine Pause im laufenden Coach starten</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="96" />
            <source>open the About box in the running coach</source>
            <extracomment>Help of the command "about".</extracomment>
            <translation>das Fenster „Über Desk Coach“ im laufenden Coach öffnen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="121" />
            <source>testing only: remind after SECONDS of sitting, snooze as long, and ignore work hours</source>
            <extracomment>Help of the option --test-interval; SECONDS as translated in "--test-interval SECONDS".</extracomment>
            <translation>nur zum Testen: nach SEKUNDEN Sitzen erinnern, ebenso lange schlummern und Arbeitszeiten nicht beachten</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="132" />
            <source>testing only: SECONDS without input count as a natural break (with --test-interval)</source>
            <extracomment>Help of the option --test-idle; SECONDS as translated in "--test-idle SECONDS".</extracomment>
            <translation>nur zum Testen: SEKUNDEN ohne Eingabe zählen als natürliche Pause (mit --test-interval)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="159" />
            <location filename="../../desk_coach/cli.py" line="253" />
            <source>FILE</source>
            <extracomment>A file in the help ("--from-json FILE"); capitals, no spaces.</extracomment>
            <extracomment>A file in the help ("--output FILE"); capitals, no spaces.</extracomment>
            <translation>DATEI</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="161" />
            <source>record the self-check a trainer wrote down in FILE, without the wizard (the format: resources/screen/example-trainer-screen.json; FILE must be a regular UTF-8 JSON file of at most 1 MiB)</source>
            <extracomment>Help of the option --from-json; FILE as translated in "--from-json FILE".</extracomment>
            <translation>den Selbstcheck, den eine Trainerin oder ein Trainer in DATEI festgehalten hat, ohne den Assistenten übernehmen (das Format: resources/screen/example-trainer-screen.json; DATEI muss eine gewöhnliche UTF-8-JSON-Datei von höchstens 1 MiB sein)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="177" />
            <source>print the plan as JSON</source>
            <extracomment>Help of the option --json of "plan".</extracomment>
            <translation>Plan als JSON ausgeben</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="182" />
            <source>show the week day by day: moves, doses, weekly minutes per target, pull and push sets</source>
            <extracomment>Help of the option --week of "plan".</extracomment>
            <translation>die Woche Tag für Tag anzeigen: Übungen, Umfang, Wochenminuten je Zielbereich, Zug- und Drucksätze</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="200" />
            <source>the week to show, numbered as ISO weeks (default: this week)</source>
            <extracomment>Help of the option --week of "stats".</extracomment>
            <translation>die anzuzeigende Woche, als ISO-Woche nummeriert (Standard: diese Woche)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="216" />
            <source>csv: a folder; json: one file</source>
            <extracomment>Help of the option --format of "export"; "csv" and "json" are the option's values.</extracomment>
            <translation>csv: ein Ordner; json: eine Datei</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="222" />
            <source>PATH</source>
            <extracomment>A path in the help ("--output PATH"); capitals, no spaces.</extracomment>
            <translation>PFAD</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="224" />
            <source>the file (json) or folder (csv) to write</source>
            <extracomment>Help of the option --output of "export"; "json" and "csv" are the values of --format.</extracomment>
            <translation>die zu schreibende Datei (json) oder der Ordner (csv)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="255" />
            <source>the PDF file to write</source>
            <extracomment>Help of the option --output of "report".</extracomment>
            <translation>die PDF-Datei, die geschrieben wird</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="261" />
            <source>a4 or letter (default: the one your region uses)</source>
            <extracomment>Help of the option --paper of "report"; "a4" and "letter" are the option's values.</extracomment>
            <translation>a4 oder letter (Standard: das in deiner Region übliche Format)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="268" />
            <source>NAME</source>
            <extracomment>A name in the help ("--name NAME"); capitals, no spaces.</extracomment>
            <translation>NAME</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="270" />
            <source>the name to print on the report (optional; nothing else identifies you)</source>
            <extracomment>Help of the option --name of "report".</extracomment>
            <translation>der Name, der auf dem Bericht steht (freiwillig; sonst weist nichts auf dich hin)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="310" />
            <source>{text} is not a number of seconds</source>
            <extracomment>{text} is what the user typed, quoted.</extracomment>
            <translation>{text} ist keine Anzahl Sekunden</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="431" />
            <source>--test-idle needs --test-interval</source>
            <translation>--test-idle braucht --test-interval</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="593" />
            <source>The self-check is open in the running Desk Coach.</source>
            <translation>Der Selbstcheck ist im laufenden Desk Coach geöffnet.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="594" />
            <source>The running Desk Coach cannot open the self-check; restart it.</source>
            <translation>Der laufende Desk Coach kann den Selbstcheck nicht öffnen; starte ihn neu.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="618" />
            <source>Desk Coach's self-check content is damaged; nothing was recorded: {error}</source>
            <extracomment>{error} says what is wrong in the self-check's content file (a file of the app, not the user's).</extracomment>
            <translation>Der Inhalt des Selbstchecks von Desk Coach ist beschädigt; nichts wurde gespeichert: {error}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/cli.py" line="637" />
            <source>{file}: and %n more problem(s)</source>
            <extracomment>After the first problems of a trainer's file: how many more it has. {file} is its name.</extracomment>
            <translation>
                <numerusform>{file}: und %n weiteres Problem</numerusform>
                <numerusform>{file}: und %n weitere Probleme</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="652" />
            <source>Please note:</source>
            <extracomment>Headings of the self-check's summary on the command line (followed by a list).</extracomment>
            <translation>Bitte beachten:</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="653" />
            <source>Back on:</source>
            <translation>Wieder dabei:</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="654" />
            <source>Found:</source>
            <translation>Festgestellt:</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="655" />
            <source>Focus:</source>
            <translation>Schwerpunkt:</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="901" />
            <source>The running Desk Coach cannot open this window; restart it.</source>
            <extracomment>The running coach is older than this command and does not know it.</extracomment>
            <translation>Der laufende Desk Coach kann dieses Fenster nicht öffnen; starte ihn neu.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="934" />
            <source>{file}: no problems</source>
            <extracomment>"desk-coach settings --check" on a good file; {file} is its path.</extracomment>
            <translation>{file}: keine Probleme</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="1051" />
            <source>nothing (no Desk Coach files found)</source>
            <extracomment>What "desk-coach delete-data" would delete when there is nothing.</extracomment>
            <translation>nichts (keine Desk-Coach-Dateien gefunden)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="1066" />
            <source>Could not delete all your Desk Coach data: {error}</source>
            <extracomment>{error} is the system's reason.</extracomment>
            <translation>Nicht alle deine Desk-Coach-Daten konnten gelöscht werden: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="678" />
            <source>Equipment at hand ({listed}) was kept with the self-check, but the settings file has a problem, so the equipment setting was left as it was: set it in Settings, Coaching.</source>
            <translation>Die vorhandene Ausrüstung ({listed}) wurde mit dem Selbstcheck gespeichert, aber die Einstellungsdatei hat ein Problem, daher blieb die Ausrüstungs-Einstellung, wie sie war: Stelle sie unter Einstellungen, Coaching ein.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="688" />
            <source>The equipment setting could not be saved ({error}); set it in Settings, Coaching.</source>
            <extracomment>{error} is the system's reason.</extracomment>
            <translation>Die Ausrüstungs-Einstellung konnte nicht gespeichert werden ({error}); stelle sie unter Einstellungen, Coaching ein.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="774" />
            <source>Next micro-break</source>
            <translation>Nächste Mikropause</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="924" />
            <source>--open and --check cannot be used together</source>
            <extracomment>A usage error of "desk-coach settings": the two options exclude each other.</extracomment>
            <translation>--open und --check lassen sich nicht zusammen verwenden</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="974" />
            <source>Exported your Desk Coach data to {output}.</source>
            <extracomment>{output} is the file or folder written.</extracomment>
            <translation>Deine Desk-Coach-Daten wurden nach {output} exportiert.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="245" />
            <source>the last N weeks, this one included: 1 to 260 (default: {default})</source>
            <extracomment>Help of the option --weeks of "report"; {default} is a number of weeks (12).</extracomment>
            <translation>die letzten N Wochen, diese eingeschlossen: 1 bis 260 (Standard: {default})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="773" />
            <source>Next micro-break {number}</source>
            <extracomment>The title of the second, third... micro-break planned today; {number} is 2, 3...</extracomment>
            <translation>Nächste Mikropause {number}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/command_line.py" line="18" />
            <source>Desk Coach is not running (start it with 'desk-coach').</source>
            <extracomment>A command for the running Desk Coach found none; "desk-coach" is the command, keep it.</extracomment>
            <translation>Desk Coach läuft nicht (starte ihn mit 'desk-coach').</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/command_line.py" line="21" />
            <source>the running Desk Coach gave no status</source>
            <translation>der laufende Desk Coach hat keinen Status geliefert</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/snooze.py" line="17" />
            <source>{minutes} min is not one of the snooze lengths: {lengths}</source>
            <extracomment>desk-coach snooze --minutes N with a length not on offer. {minutes}: the number given; {lengths}: the lengths on offer, e.g. "5, 10, 15 and 30". Also shown after "desk-coach snooze: error:", so it starts in lower case where the language allows.</extracomment>
            <translation>{minutes} Min. ist keine der Längen zum Verschieben: {lengths}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/snooze.py" line="21" />
            <source>No break is due, so there is nothing to snooze.</source>
            <extracomment>desk-coach snooze when no break is due.</extracomment>
            <translation>Gerade ist keine Pause fällig, also gibt es nichts zu verschieben.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/snooze.py" line="23" />
            <source>This break was put off as often as allowed: start it now, or skip it.</source>
            <extracomment>desk-coach snooze when the break was put off as many times in a row as the settings allow.</extracomment>
            <translation>Diese Pause wurde so oft verschoben wie erlaubt: Starte sie jetzt oder lass sie aus.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/snooze.py" line="27" />
            <source>Break snoozed for {minutes} min, until {at}.</source>
            <extracomment>desk-coach snooze worked. {minutes}: the length chosen; {at}: when the break comes back, e.g. "10:35".</extracomment>
            <translation>Pause um {minutes} Min. verschoben, bis {at}.</translation>
        </message>
    </context>
    <context>
        <name>StartUp</name>
        <message>
            <location filename="../../desk_coach/launch.py" line="38" />
            <source>{app} is already running; its status window is open.</source>
            <extracomment>Printed in the terminal by a second start, which opens the running coach's status window; {app} is Desk Coach.</extracomment>
            <translation>{app} läuft bereits; sein Statusfenster ist geöffnet.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/launch.py" line="104" />
            <source>{app} is already starting but does not answer yet; try again in a moment.</source>
            <extracomment>Printed in the terminal by a second start while the first one is still starting; {app} is Desk Coach.</extracomment>
            <translation>{app} startet gerade, antwortet aber noch nicht; versuch es gleich noch einmal.</translation>
        </message>
        <message>
            <source>{app} is already running; its icon is in the system tray.</source>
            <extracomment>Printed in the terminal by a second start; {app} is Desk Coach.</extracomment>
            <translation type="vanished">{app} läuft bereits; das Symbol findest du im Infobereich der Taskleiste.</translation>
        </message>
    </context>
    <context>
        <name>BreakScreen</name>
        <message numerus="yes">
            <location filename="../../desk_coach/ui/break_screen.py" line="68" />
            <source>%n minute(s)</source>
            <extracomment>Part of the time left of a break, read by a screen reader: "4 minutes".</extracomment>
            <translation>
                <numerusform>%n Minute</numerusform>
                <numerusform>%n Minuten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/ui/break_screen.py" line="70" />
            <source>%n second(s)</source>
            <extracomment>Part of the time left of a break, read by a screen reader: "30 seconds".</extracomment>
            <translation>
                <numerusform>%n Sekunde</numerusform>
                <numerusform>%n Sekunden</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_screen.py" line="96" />
            <source>Well done. Say how it went on the screen you were working on.</source>
            <extracomment>On the break screen of the other monitors once the guided routine's time is up and it asks how it went.</extracomment>
            <translation>Gut gemacht. Sag auf dem Bildschirm, an dem du gearbeitet hast, wie es war.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_screen.py" line="88" />
            <source>Your stretch routine is on the screen you were working on. Move gently, and leave out anything that feels uncomfortable.</source>
            <extracomment>On the break screen of the other monitors while the guided stretch routine runs.</extracomment>
            <translation>Deine Dehnroutine ist auf dem Bildschirm, an dem du gerade gearbeitet hast. Beweg dich sanft und lass alles weg, was sich unangenehm anfühlt.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_screen.py" line="76" />
            <source>{minutes} {seconds}</source>
            <extracomment>The time left of a break in minutes and seconds: "4 minutes 30 seconds".</extracomment>
            <translation>{minutes} {seconds}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_screen.py" line="81" />
            <source>Break — {time} left</source>
            <extracomment>What a screen reader calls a monitor's break screen; {time} is "4 minutes 30 seconds".</extracomment>
            <translation>Pause – noch {time}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_screen.py" line="137" />
            <source>Break</source>
            <extracomment>The break screen's window title (not shown: the layer has no title bar; window lists and screen readers read it).</extracomment>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_screen.py" line="166" />
            <source>left of your break</source>
            <extracomment>Under the big countdown of the break screen.</extracomment>
            <translation>von deiner Pause übrig</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_screen.py" line="174" />
            <source>&amp;End break</source>
            <extracomment>Button on the break screen: ends the break now, as "I'm back" does.</extracomment>
            <translation>Pause &amp;beenden</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_screen.py" line="176" />
            <source>End the break now (Esc)</source>
            <extracomment>Tooltip of "End break"; (Esc) names the key that does the same.</extracomment>
            <translation>Pause jetzt beenden (Esc)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_screen.py" line="213" />
            <source>Break — time is up</source>
            <extracomment>What a screen reader calls a monitor's break screen once the routine's time is up.</extracomment>
            <translation>Pause – die Zeit ist um</translation>
        </message>
    </context>
    <context>
        <name>BreakWindow</name>
        <message>
            <location filename="../../desk_coach/ui/break_window.py" line="42" />
            <source>Stretch routine</source>
            <extracomment>The title of the window of a long break, when the guided routine cannot be shown.</extracomment>
            <translation>Dehnroutine</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_window.py" line="53" />
            <source>Stand up, roll your shoulders, reach up tall and walk around a little. Move gently, and leave out anything that feels uncomfortable.</source>
            <extracomment>What to do in a long break when the guided routine cannot be shown, under its title.</extracomment>
            <translation>Steh auf, kreise die Schultern, streck dich nach oben und geh ein paar Schritte. Beweg dich sanft und lass alles weg, was sich unangenehm anfühlt.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_window.py" line="40" />
            <source>Time to stand up</source>
            <extracomment>The title of the window of a short break the user started.</extracomment>
            <translation>Zeit zum Aufstehen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_window.py" line="49" />
            <source>Stand up and walk for a few minutes: to the window, refill your water, take the stairs.</source>
            <extracomment>What to do in a short break, under its title.</extracomment>
            <translation>Steh auf und geh ein paar Minuten: zum Fenster, Wasser nachfüllen, die Treppe nehmen.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_window.py" line="65" />
            <source>&amp;Pause</source>
            <extracomment>Button: holds the break's countdown.</extracomment>
            <translation>&amp;Anhalten</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_window.py" line="67" />
            <source>Stop the countdown for a moment</source>
            <extracomment>Tooltip of the Pause button of a break.</extracomment>
            <translation>Den Countdown kurz anhalten</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_window.py" line="61" />
            <source>&amp;Resume</source>
            <extracomment>Button, in place of Pause while the break's countdown is held; its tooltip follows.</extracomment>
            <translation>&amp;Weiter</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_window.py" line="63" />
            <source>Carry on counting down</source>
            <extracomment>Tooltip of the Resume button of a break.</extracomment>
            <translation>Den Countdown fortsetzen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_window.py" line="106" />
            <source>Break</source>
            <extracomment>The break window's title (Qt adds " — Desk Coach").</extracomment>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_window.py" line="158" />
            <source>Time left</source>
            <extracomment>What a screen reader calls the break's big countdown.</extracomment>
            <translation>Verbleibende Zeit</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_window.py" line="160" />
            <source>Paused</source>
            <extracomment>Shown beside the buttons while the break's countdown is held.</extracomment>
            <translation>Angehalten</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_window.py" line="168" />
            <source>Break progress</source>
            <extracomment>What a screen reader calls the bar that fills as the break goes by.</extracomment>
            <translation>Fortschritt der Pause</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_window.py" line="189" />
            <source>I'm &amp;back</source>
            <extracomment>Button: the user is back from the break before its countdown ran out.</extracomment>
            <translation>Ich bin &amp;zurück</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_window.py" line="191" />
            <source>End the break now (Esc)</source>
            <extracomment>Tooltip of "I'm back"; (Esc) names the key that does the same.</extracomment>
            <translation>Pause jetzt beenden (Esc)</translation>
        </message>
    </context>
    <context>
        <name>Notifications</name>
        <message>
            <location filename="../../desk_coach/ui/coaching_windows.py" line="247" />
            <source>Progress… in the tray menu shows the charts.</source>
            <extracomment>The last line of the weekly summary; "Progress…" is a tray menu entry.</extracomment>
            <translation>„Fortschritt…“ im Menü des Symbols zeigt dir die Diagramme.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/coaching_windows.py" line="250" />
            <source>Your week</source>
            <extracomment>The title of the weekly summary notification.</extracomment>
            <translation>Deine Woche</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/coaching_windows.py" line="151" />
            <source>What changed</source>
            <extracomment>A notification's title after a routine: what the coach changed in the plan, and why.</extracomment>
            <translation>Was sich geändert hat</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/shell.py" line="57" />
            <source>Saving stopped: {reason}. {app} keeps reminding you and keeps what it records in memory for now. {advice}</source>
            <extracomment>{reason}: why saving stopped (the disk is full...); {advice}: what the user can do about it.</extracomment>
            <translation>Speichern nicht möglich: {reason}. {app} erinnert dich weiter und behält alles Neue vorerst im Arbeitsspeicher. {advice}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/ui/shell.py" line="64" />
            <source>What was recorded in the meantime is saved now, except the %n oldest record(s), which could not be kept.</source>
            <extracomment>After saving works again, when the oldest records kept in memory were dropped.</extracomment>
            <translation>
                <numerusform>Was in der Zwischenzeit aufgezeichnet wurde, ist jetzt gespeichert, bis auf den %n ältesten Eintrag, der nicht behalten werden konnte.</numerusform>
                <numerusform>Was in der Zwischenzeit aufgezeichnet wurde, ist jetzt gespeichert, bis auf die %n ältesten Einträge, die nicht behalten werden konnten.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/shell.py" line="68" />
            <source>Everything recorded in the meantime is saved now.</source>
            <extracomment>After saving works again.</extracomment>
            <translation>Alles, was in der Zwischenzeit aufgezeichnet wurde, ist jetzt gespeichert.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/shell.py" line="55" />
            <source>{app} cannot save your history</source>
            <extracomment>A notification's title when the history cannot be saved; {app} is Desk Coach.</extracomment>
            <translation>{app} kann deinen Verlauf nicht speichern</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/shell.py" line="70" />
            <source>{app} is saving again</source>
            <extracomment>A notification's title when the history can be saved again; {app} is Desk Coach.</extracomment>
            <translation>{app} speichert wieder</translation>
        </message>
    </context>
    <context>
        <name>TrayMenu</name>
        <message>
            <location filename="../../desk_coach/ui/coaching_windows.py" line="84" />
            <source>Set &amp;up coaching…</source>
            <extracomment>Tray menu entry in place of "Self-check…" until the user has taken the self-check.</extracomment>
            <translation>Coaching ein&amp;richten…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/ui/snooze_choices.py" line="17" />
            <source>%n minute(s)</source>
            <extracomment>Snooze menu: another snooze length; %n is minutes. No &amp; mnemonic: the app adds one.</extracomment>
            <translation>
                <numerusform>%n Minute</numerusform>
                <numerusform>%n Minuten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/ui/snooze_choices.py" line="15" />
            <source>%n minute(s) (usual)</source>
            <extracomment>Snooze menu (the tray's Snooze submenu, a Snooze button's list): the first entry, the snooze length set in Settings; %n is minutes. Write no &amp; mnemonic: the app puts one on a digit or letter.</extracomment>
            <translation>
                <numerusform>%n Minute (wie üblich)</numerusform>
                <numerusform>%n Minuten (wie üblich)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/tray.py" line="70" />
            <source>For &amp;30 minutes</source>
            <extracomment>Tray menu, Pause submenu: no reminders for half an hour.</extracomment>
            <translation>Für &amp;30 Minuten</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/tray.py" line="76" />
            <source>Self-&amp;check…</source>
            <extracomment>Tray menu entry: opens the self-check (a movement check and a few questions).</extracomment>
            <translation>Selbst&amp;check…</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/tray.py" line="65" />
            <source>&amp;Until tomorrow</source>
            <extracomment>Tray menu, Pause submenu: no reminders until tomorrow.</extracomment>
            <translation>Bis &amp;morgen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/tray.py" line="68" />
            <source>For 1 &amp;hour</source>
            <extracomment>Tray menu, Pause submenu: no reminders for an hour.</extracomment>
            <translation>Für 1 &amp;Stunde</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/tray.py" line="84" />
            <source>{app}: sitting time and breaks</source>
            <extracomment>What a screen reader says of the tray icon; {app} is the app's name, Desk Coach.</extracomment>
            <translation>{app}: Sitzzeit und Pausen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/tray.py" line="200" />
            <source>Start a &amp;break now</source>
            <extracomment>Tray menu entry: starts a break at once.</extracomment>
            <translation>Jetzt Pause &amp;machen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/tray.py" line="202" />
            <source>&amp;Snooze</source>
            <extracomment>Tray menu: the submenu that puts off the break that is due, for one of a few lengths.</extracomment>
            <translation>&amp;Später erinnern</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/tray.py" line="205" />
            <source>S&amp;kip this break</source>
            <extracomment>Tray menu entry: leaves out the break that is due.</extracomment>
            <translation>Diese Pause aus&amp;lassen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/tray.py" line="207" />
            <source>&amp;Pause</source>
            <extracomment>Tray menu: the submenu that stops reminders for a while.</extracomment>
            <translation>&amp;Pausieren</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/tray.py" line="211" />
            <source>&amp;Resume reminders</source>
            <extracomment>Tray menu, Pause submenu: reminders start again.</extracomment>
            <translation>Erinnerungen &amp;fortsetzen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/tray.py" line="214" />
            <source>Pr&amp;ogress…</source>
            <extracomment>Tray menu entry: opens the weekly charts.</extracomment>
            <translation>&amp;Fortschritt…</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/tray.py" line="216" />
            <source>S&amp;ettings…</source>
            <extracomment>Tray menu entry: opens the settings.</extracomment>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/tray.py" line="218" />
            <source>&amp;About {app}…</source>
            <extracomment>Tray menu entry: opens the About box; {app} is the app's name, Desk Coach.</extracomment>
            <translation>&amp;Über {app}…</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/tray.py" line="220" />
            <source>&amp;Quit {app}</source>
            <extracomment>Tray menu entry: ends the app; {app} is the app's name, Desk Coach.</extracomment>
            <translation>{app} &amp;beenden</translation>
        </message>
    </context>
    <context>
        <name>FirstSteps</name>
        <message>
            <location filename="../../desk_coach/ui/coaching_windows.py" line="141" />
            <source>Your next short break</source>
            <extracomment>On the self-check's last page: the heading of the next short break's exercises.</extracomment>
            <translation>Deine nächste kurze Pause</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../desk_coach/ui/messages.py" line="21" />
            <source>Desk Coach offers general fitness and wellness guidance. It is not medical advice and does not diagnose or treat anything. If you have a health condition, are pregnant or are unsure, ask a doctor or physiotherapist first. Stop any movement that hurts, makes you dizzy or short of breath.</source>
            <extracomment>In the About box. No medical claims: general wellness guidance only.</extracomment>
            <translation>Desk Coach gibt allgemeine Anregungen für Fitness und Wohlbefinden. Das ist keine medizinische Beratung; Desk Coach stellt keine Diagnosen und behandelt nichts. Wenn du gesundheitliche Beschwerden hast, schwanger bist oder unsicher bist, frag zuerst eine Ärztin, einen Arzt oder eine Physiotherapeutin bzw. einen Physiotherapeuten. Hör mit jeder Bewegung auf, die wehtut, dich schwindlig macht oder dir den Atem nimmt.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/messages.py" line="62" />
            <source>Measures how long you really sit and guides short stretch breaks.</source>
            <extracomment>The About box: what Desk Coach does, in one line.</extracomment>
            <translation>Misst, wie lange du wirklich sitzt, und begleitet dich durch kurze Dehnpausen.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/messages.py" line="96" />
            <source>The details were written to the log:
{log}</source>
            <extracomment>Under an unexpected error; {log} is the path of the log file.</extracomment>
            <translation>Die Einzelheiten stehen im Protokoll:
{log}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/messages.py" line="129" />
            <source>About the pain you reported:</source>
            <extracomment>Above what to do about the pain the user reported after a routine.</extracomment>
            <translation>Zu den Schmerzen, die du angegeben hast:</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/messages.py" line="37" />
            <source>&amp;OK</source>
            <extracomment>The button that closes a message window, with a mnemonic like every button.</extracomment>
            <translation>&amp;OK</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/messages.py" line="59" />
            <source>About {app}</source>
            <extracomment>The About box's title; {app} is Desk Coach.</extracomment>
            <translation>Über {app}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/messages.py" line="64" />
            <source>Your history: {history}
Your settings: {settings}
Log: {log}</source>
            <extracomment>The About box: where the files are; {history}, {settings} and {log} are paths of files.</extracomment>
            <translation>Dein Verlauf: {history}
Deine Einstellungen: {settings}
Protokoll: {log}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/messages.py" line="127" />
            <source>{app} — please take care</source>
            <extracomment>The title of the window after a routine that hurt; {app} is Desk Coach.</extracomment>
            <translation>{app} – bitte pass auf dich auf</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/messages.py" line="47" />
            <source>{app} started, but found something you should know about:</source>
            <extracomment>Above the list of problems found at start-up (a damaged file, a setting that was reset).</extracomment>
            <translation>{app} wurde gestartet, hat aber etwas gefunden, das du wissen solltest:</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/messages.py" line="76" />
            <source>{app} could not save what you just did: {reason}. It has carried on running.</source>
            <extracomment>{app} is Desk Coach; {reason} why it could not save ("the disk that holds your history is full").</extracomment>
            <translation>{app} konnte nicht speichern, was du gerade gemacht hast: {reason}. Die App läuft weiter.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/messages.py" line="91" />
            <source>Something went wrong inside {app}. It has carried on running.</source>
            <extracomment>An unexpected error; {app} is Desk Coach.</extracomment>
            <translation>In {app} ist etwas schiefgelaufen. Die App läuft weiter.</translation>
        </message>
    </context>
    <context>
        <name>Progress</name>
        <message>
            <location filename="../../desk_coach/ui/progress_charts.py" line="148" />
            <source>No figures to show.</source>
            <extracomment>What a screen reader reads for a chart that draws nothing (no figures this week).</extracomment>
            <translation>Keine Zahlen zum Anzeigen.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_charts.py" line="233" />
            <source>Sitting per day (minutes)</source>
            <extracomment>Title of the chart of minutes sat each day.</extracomment>
            <translation>Sitzen pro Tag (Minuten)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_charts.py" line="256" />
            <source>Breaks per day</source>
            <extracomment>Title of the chart of breaks each day, by what became of them.</extracomment>
            <translation>Pausen pro Tag</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_charts.py" line="275" />
            <source>Exercise minutes per target this week</source>
            <extracomment>Title of the chart of exercise minutes per body area this week.</extracomment>
            <translation>Übungsminuten pro Zielbereich diese Woche</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_charts.py" line="299" />
            <source>Self-check scores (lowest side, 0–2), last six months</source>
            <translation>Selbstcheck-Werte (schwächere Seite, 0–2), letzte sechs Monate</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="32" />
            <source>No sitting recorded this week yet — the charts fill in as you work.</source>
            <translation>Diese Woche ist noch keine Sitzzeit aufgezeichnet – die Diagramme füllen sich, während du arbeitest.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="38" />
            <source>No self-check yet — take one from the tray menu (Self-check…) and your scores show here.</source>
            <extracomment>"Self-check…" is the tray menu's item.</extracomment>
            <translation>Noch kein Selbstcheck – mach einen über das Menü im Infobereich (Selbstcheck…), dann erscheinen deine Werte hier.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/ui/progress_presenter.py" line="163" />
            <source>Streak: %n days in a row with at least one break taken.</source>
            <extracomment>Days in a row, up to today, with at least one break taken (two or more).</extracomment>
            <translation>
                <numerusform>Serie: %n Tag in Folge mit mindestens einer Pause.</numerusform>
                <numerusform>Serie: %n Tage in Folge mit mindestens einer Pause.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/ui/progress_presenter.py" line="175" />
            <source>Streak at the end of this week: %n days in a row with at least one break taken.</source>
            <extracomment>Under the summary of a past week: days in a row, up to the week's last day, with a break (two or more).</extracomment>
            <translation>
                <numerusform>Serie am Ende dieser Woche: %n Tag in Folge mit mindestens einer Pause.</numerusform>
                <numerusform>Serie am Ende dieser Woche: %n Tage in Folge mit mindestens einer Pause.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="72" />
            <source>Sitting</source>
            <extracomment>A legend on the sitting chart: minutes sat each day.</extracomment>
            <translation>Sitzen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="74" />
            <source>Longest bout</source>
            <extracomment>A legend on the sitting chart: the longest stretch of sitting without a break, each day.</extracomment>
            <translation>Längste Sitzphase</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="76" />
            <source>Daily goal</source>
            <extracomment>A legend on the sitting chart: the daily sitting goal.</extracomment>
            <translation>Tagesziel</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="78" />
            <source>Taken</source>
            <extracomment>A legend on the breaks chart: breaks taken when suggested.</extracomment>
            <translation>Gemacht</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="80" />
            <source>Ended early</source>
            <extracomment>A legend on the breaks chart: breaks started and ended before their time.</extracomment>
            <translation>Früher beendet</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="82" />
            <source>Natural</source>
            <extracomment>A legend on the breaks chart: breaks the user took on their own (away from the computer).</extracomment>
            <translation>Von selbst</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="84" />
            <source>Snoozed</source>
            <extracomment>A legend on the breaks chart: reminders put off for a while.</extracomment>
            <translation>Verschoben</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="86" />
            <source>Closed unanswered</source>
            <extracomment>A legend on the breaks chart: reminders closed without an answer.</extracomment>
            <translation>Ohne Antwort geschlossen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="88" />
            <source>Skipped</source>
            <extracomment>A legend on the breaks chart: breaks skipped.</extracomment>
            <translation>Übersprungen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="90" />
            <source>Delayed by quiet time</source>
            <extracomment>A legend on the breaks chart: reminders held back while the user was busy (full screen, a call).</extracomment>
            <translation>Wegen Ruhezeit später</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="92" />
            <source>Exercise minutes</source>
            <extracomment>The bars of the exercise chart: minutes of exercise per body area.</extracomment>
            <translation>Übungsminuten</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="97" />
            <source>Hip flexors</source>
            <extracomment>A body area on the exercise chart's axis.</extracomment>
            <translation>Hüftbeuger</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="99" />
            <source>Chest</source>
            <extracomment>A body area on the exercise chart's axis.</extracomment>
            <translation>Brust</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="101" />
            <source>Glutes</source>
            <extracomment>A body area on the exercise chart's axis: the buttock muscles.</extracomment>
            <translation>Gesäß</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="103" />
            <source>Upper back</source>
            <extracomment>A body area on the exercise chart's axis.</extracomment>
            <translation>Oberer Rücken</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="105" />
            <source>Thoracic</source>
            <extracomment>A body area on the exercise chart's axis: the mid back, turning and bending it.</extracomment>
            <translation>Brustwirbelsäule</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="107" />
            <source>Hamstrings</source>
            <extracomment>A body area on the exercise chart's axis: the backs of the thighs.</extracomment>
            <translation>Oberschenkelrückseite</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="109" />
            <source>Neck</source>
            <extracomment>A body area on the exercise chart's axis.</extracomment>
            <translation>Nacken</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="111" />
            <source>Walk</source>
            <extracomment>Walking, shown among the body areas on the exercise chart's axis.</extracomment>
            <translation>Gehen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="158" />
            <source>Streak: none yet — take a break today to start one.</source>
            <translation>Serie: noch keine – mach heute eine Pause, um eine zu beginnen.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="161" />
            <source>Streak: 1 day with at least one break taken.</source>
            <extracomment>The streak of a single day (English says "1 day" and leaves "in a row" out).</extracomment>
            <translation>Serie: 1 Tag mit mindestens einer Pause.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="170" />
            <source>Streak at the end of this week: none.</source>
            <extracomment>Under the summary of a past week: its last day had no break, so no run of days was going on.</extracomment>
            <translation>Serie am Ende dieser Woche: keine.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="173" />
            <source>Streak at the end of this week: 1 day with at least one break taken.</source>
            <extracomment>Under the summary of a past week: only its last day had a break.</extracomment>
            <translation>Serie am Ende dieser Woche: 1 Tag mit mindestens einer Pause.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="315" />
            <source>Stretching: {stretched}, weekly goal {goal}</source>
            <extracomment>Second line of an exercise bar's tooltip: {stretched} the stretching done ("4 min"), {goal} the weekly goal ("5 min").</extracomment>
            <translation>Dehnen: {stretched}, Wochenziel {goal}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="410" />
            <source>{day} {month}</source>
            <extracomment>A tick of the self-check chart's time axis: the day of the month and the month, "3 Dec".</extracomment>
            <translation>{day}. {month}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="611" />
            <source>{words} ({score})</source>
            <extracomment>A label of the self-check chart's score axis: {words} what a score means, in the self-check's words ("moving well"), {score} the score, 0 to 2.</extracomment>
            <translation>{words} ({score})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="207" />
            <source>{minutes} min {seconds} s</source>
            <extracomment>An exact measured time in a chart's tooltip, minutes and seconds: "2 min 8 s".</extracomment>
            <translation>{minutes} Min. {seconds} Sek.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="253" />
            <source>{day} — {series}: {minutes}</source>
            <extracomment>Tooltip of a bar of the sitting chart: {day} "Tue 24 Nov", {series} "Sitting" or "Longest bout", {minutes} the exact time, "130 min 24 s".</extracomment>
            <translation>{day} – {series}: {minutes}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/ui/progress_presenter.py" line="264" />
            <source>{day} — {kind}: {count} of %n break(s)</source>
            <extracomment>Tooltip of a bar of the breaks chart: {day} "Tue 24 Nov", {kind} what became of the breaks ("Taken", "Snoozed"), {count} how many of them; %n: all the breaks of that day.</extracomment>
            <translation>
                <numerusform>{day} – {kind}: {count} von %n Pause</numerusform>
                <numerusform>{day} – {kind}: {count} von %n Pausen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="300" />
            <source>{target}: {minutes} this week</source>
            <extracomment>Tooltip of a bar of the exercise chart: {target} a body area, {minutes} the exact time.</extracomment>
            <translation>{target}: {minutes} diese Woche</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="406" />
            <source>{month} {year}</source>
            <extracomment>A tick of the self-check chart's time axis at a new year: "Jan 2027".</extracomment>
            <translation>{month} {year}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="434" />
            <source>{check} — {day}: {score}</source>
            <extracomment>Tooltip of a point of the self-check chart, a check done once (not per side): {check} "S5 Sit-to-stand", {day} "Thu 3 Dec", {score} its score (0 to 2).</extracomment>
            <translation>{check} — {day}: {score}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="444" />
            <source>{score} (it hurt)</source>
            <extracomment>A self-check score in a tooltip when the movement hurt (then it counts as 0): "0 (it hurt)".</extracomment>
            <translation>{score} (tat weh)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="569" />
            <source>Daily goal ({minutes})</source>
            <extracomment>The legend of the daily goal line, with the goal: "Daily goal (300 min)".</extracomment>
            <translation>Tagesziel ({minutes})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="429" />
            <source>{check} — {day}: left {left}, right {right}</source>
            <extracomment>Tooltip of a point of the self-check chart: {check} "S1 Front-of-hip check", {day} "Thu 3 Dec", {left} and {right} each side's score (0 to 2).</extracomment>
            <translation>{check} — {day}: links {left}, rechts {right}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="310" />
            <source>Stretching: {stretched} each side, weekly goal {goal} each side</source>
            <extracomment>Second line of an exercise bar's tooltip, for a body area stretched on each side: {stretched} the stretching done on one side ("4 min"), {goal} the weekly goal ("5 min").</extracomment>
            <translation>Dehnen: {stretched} pro Seite, Wochenziel {goal} pro Seite</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="348" />
            <source>Pull : push sets this week — {pull} : {push}</source>
            <extracomment>Under the exercise chart: sets of pulling and of pushing exercises, "6 : 4.5".</extracomment>
            <translation>Zieh- : Drücksätze diese Woche – {pull} : {push}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_window.py" line="233" />
            <source>Save a PDF of your last weeks for a physiotherapist or trainer</source>
            <extracomment>The tooltip of "Save report…".</extracomment>
            <translation>Ein PDF deiner letzten Wochen für deine Physiotherapeutin oder deinen Trainer speichern</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_window.py" line="442" />
            <source>Week {number} · {first} – {last}</source>
            <extracomment>The Progress window's heading: the week's number and its first and last days, "Week 48 · 23 November 2026 – 29 November 2026" (the dates are written in the language's form).</extracomment>
            <translation>Woche {number} · {first} – {last}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_window.py" line="144" />
            <source>Progress</source>
            <extracomment>The Progress window's title.</extracomment>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_window.py" line="223" />
            <source>◀ &amp;Previous</source>
            <extracomment>Goes to the week before; &amp; marks the access key (unique among Previous, Next, This week).</extracomment>
            <translation>◀ &amp;Vorherige</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_window.py" line="224" />
            <source>Show the week before</source>
            <translation>Die Woche davor anzeigen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_window.py" line="226" />
            <source>&amp;Next ▶</source>
            <extracomment>Goes to the week after; &amp; marks the access key (unique among Previous, Next, This week).</extracomment>
            <translation>&amp;Nächste ▶</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_window.py" line="227" />
            <source>Show the week after</source>
            <translation>Die Woche danach anzeigen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_window.py" line="229" />
            <source>&amp;This week</source>
            <extracomment>Goes back to the current week; &amp; marks the access key (unique among Previous, Next, This week).</extracomment>
            <translation>&amp;Diese Woche</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_window.py" line="231" />
            <source>Save &amp;report…</source>
            <extracomment>Writes the progress report (a PDF); &amp; marks the access key (unique in the window's top row).</extracomment>
            <translation>&amp;Bericht speichern…</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_window.py" line="314" />
            <source>The week's figures and charts</source>
            <extracomment>What a screen reader says for the scrolling part of Progress (under the week's buttons).</extracomment>
            <translation>Zahlen und Diagramme der Woche</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_window.py" line="437" />
            <source>Week {number}</source>
            <extracomment>The Progress window's heading: the week's number in its year.</extracomment>
            <translation>Woche {number}</translation>
        </message>
        <message>
            <source>{target}: {minutes} this week, weekly goal {goal}</source>
            <extracomment>Tooltip of a bar of the exercise chart: {target} a body area, {minutes} the exact time, {goal} the weekly goal in minutes ("5 min").</extracomment>
            <translation type="vanished">{target}: {minutes} diese Woche, Wochenziel {goal}</translation>
        </message>
        <message>
            <source>Weekly goal</source>
            <extracomment>The legend of the marks on the exercise chart at each body area's weekly goal.</extracomment>
            <translation type="vanished">Wochenziel</translation>
        </message>
        <message>
            <source>{item} re-checks</source>
            <extracomment>The points of one movement check's line (hidden from the legend); {item} is "S1".</extracomment>
            <translation type="vanished">{item} Wiederholungen</translation>
        </message>
    </context>
    <context>
        <name>Durations</name>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="186" />
            <location filename="../../desk_coach/wording/figures.py" line="83" />
            <source>{minutes} min</source>
            <extracomment>A measured number of minutes, "52 min".</extracomment>
            <translation>{minutes} Min.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="205" />
            <location filename="../../desk_coach/wording/figures.py" line="60" />
            <source>{seconds} s</source>
            <translation>{seconds} Sek.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="62" />
            <source>about {minutes} min</source>
            <extracomment>How long something takes, rounded to minutes.</extracomment>
            <translation>etwa {minutes} Min.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="98" />
            <location filename="../../desk_coach/wording/sentences/week.py" line="28" />
            <source>{hours} h {minutes} min</source>
            <extracomment>Hours and minutes of sitting, "22 h 10 min".</extracomment>
            <translation>{hours} Std. {minutes} Min.</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <location filename="../../desk_coach/ui/report_charts.py" line="81" />
            <source>min</source>
            <comment>unit on a chart's axis</comment>
            <extracomment>The unit of minutes beside the figures of a chart's axis ("250 min").</extracomment>
            <translation>Min.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_charts.py" line="160" />
            <source>{day} {month}</source>
            <extracomment>A week's first day under a chart: {day} the day of the month, {month} the month ("8 Dec").</extracomment>
            <translation>{day}. {month}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_charts.py" line="330" />
            <source>Self-check scores over time</source>
            <extracomment>A heading of the report: the self-check's scores over time, one small chart per movement check.</extracomment>
            <translation>Selbstcheck-Werte im Verlauf</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_charts.py" line="448" />
            <source>Each line is one body area's exercise ladder over the weeks: ▲ a step up, ▼ a step down (easier, or because of pain), ■ another change.</source>
            <extracomment>Under the heading of the levels: what the marks on each line mean.</extracomment>
            <translation>Jede Zeile ist die Übungsleiter eines Körperbereichs über die Wochen: ▲ eine Stufe höher, ▼ eine Stufe niedriger (leichter oder wegen Schmerzen), ■ eine andere Änderung.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_charts.py" line="454" />
            <source>Exercise levels over time</source>
            <extracomment>A heading of the report: the levels of the exercise ladders over the weeks.</extracomment>
            <translation>Übungsstufen im Verlauf</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_charts.py" line="85" />
            <source>Bars: average minutes sat on a day at the desk; dots: the longest sitting bout of the week; line: the daily goal (at most).</source>
            <extracomment>Under the sitting chart's heading: what the bars and the line are.</extracomment>
            <translation>Balken: durchschnittliche Sitzminuten an einem Tag am Schreibtisch; Punkte: die längste Sitzphase der Woche; Linie: das Tagesziel (höchstens).</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_charts.py" line="103" />
            <source>The share of reminders that ended in a break, with breaks taken away from the desk before a reminder; snoozes only put a break off.</source>
            <extracomment>Under the breaks chart's heading: what counts as a break due and as taken.</extracomment>
            <translation>Der Anteil der Erinnerungen, die zu einer Pause führten, samt Pausen, die schon vor einer Erinnerung abseits vom Schreibtisch gemacht wurden; Verschieben schiebt eine Pause nur auf.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_charts.py" line="123" />
            <source>Exercise minutes per target, week by week</source>
            <extracomment>A heading of the report: the chart of exercise minutes per body area, week by week.</extracomment>
            <translation>Übungsminuten pro Körperbereich, Woche für Woche</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_charts.py" line="427" />
            <source>none</source>
            <extracomment>A track of exercises with no level (paused, or not started).</extracomment>
            <translation>keine</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_charts.py" line="433" />
            <source>{exercise}, {dose}</source>
            <extracomment>A level on an exercise ladder: {exercise} its name, {dose} "2 sets of 10".</extracomment>
            <translation>{exercise}, {dose}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_charts.py" line="75" />
            <source>Check {id}</source>
            <extracomment>A movement check the report has no name for, by its id: "Check S7".</extracomment>
            <translation>Check {id}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_charts.py" line="96" />
            <source>Sitting per day, week by week</source>
            <extracomment>A heading of the report: the chart of minutes sat per day, week by week.</extracomment>
            <translation>Sitzen pro Tag, Woche für Woche</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_charts.py" line="114" />
            <source>Breaks taken of breaks due</source>
            <extracomment>A heading of the report: the chart of breaks taken as a share of breaks due, week by week.</extracomment>
            <translation>Gemachte Pausen von fälligen Pausen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_charts.py" line="337" />
            <location filename="../../desk_coach/ui/report_pdf.py" line="284" />
            <source>left</source>
            <extracomment>The legend of the self-check charts: the left side's line.</extracomment>
            <extracomment>A side of the body, in the self-check table.</extracomment>
            <translation>links</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_charts.py" line="339" />
            <location filename="../../desk_coach/ui/report_pdf.py" line="287" />
            <source>right</source>
            <extracomment>The legend of the self-check charts: the right side's line.</extracomment>
            <extracomment>A side of the body, in the self-check table.</extracomment>
            <translation>rechts</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_charts.py" line="341" />
            <location filename="../../desk_coach/ui/report_pdf.py" line="289" />
            <source>both</source>
            <extracomment>The legend of the self-check charts: a check done once (not per side).</extracomment>
            <extracomment>A movement check done once, not per side, in the self-check table.</extracomment>
            <translation>beide</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_charts.py" line="474" />
            <source>Start: {level}</source>
            <extracomment>A line of the levels: where the ladder stood at the start of the report.</extracomment>
            <translation>Beginn: {level}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_charts.py" line="478" />
            <source>Now: {level}</source>
            <extracomment>A line of the levels: where the ladder stands now.</extracomment>
            <translation>Jetzt: {level}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_layout.py" line="213" />
            <source>{day} {year}</source>
            <extracomment>A day with its year in a table: {day} "Mon 23 Nov", {year} 2026.</extracomment>
            <translation>{day} {year}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="139" />
            <source>Desk Coach progress report</source>
            <extracomment>The PDF's title (its document properties) and the heading of page 1.</extracomment>
            <translation>Desk Coach – Fortschrittsbericht</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="219" />
            <source>Made on {day} {year} by Desk Coach, from its records on this computer.</source>
            <extracomment>Under the report's title: {day} is the day the report was made.</extracomment>
            <translation>Erstellt am {day} {year} von Desk Coach, aus seinen Aufzeichnungen auf diesem Computer.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="248" />
            <source>Each movement check is scored 0 to 2 (2: moves freely), on each side where it has two; "pain" means it hurt.</source>
            <extracomment>Under the heading of the self-check table: what the scores mean.</extracomment>
            <translation>Jeder Bewegungscheck wird mit 0 bis 2 bewertet (2: frei beweglich), bei zwei Seiten für jede Seite; „Schmerz“ heißt, es hat wehgetan.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="330" />
            <source>Sitting is measured from keyboard and mouse activity on this computer; breaks, routines, pain reports and self-checks are what the user answered in Desk Coach. The self-check is a movement check the user does alone, not a clinical test.</source>
            <extracomment>How the report's figures were measured, above the disclaimer.</extracomment>
            <translation>Die Sitzzeit wird an der Tastatur- und Mausaktivität auf diesem Computer gemessen; Pausen, Routinen, Schmerzmeldungen und Selbstchecks sind die Antworten der Person in Desk Coach. Der Selbstcheck ist ein Bewegungscheck, den die Person allein macht, kein klinischer Test.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="229" />
            <source>In short</source>
            <extracomment>A heading of the report: the summary on page 1.</extracomment>
            <translation>Kurz gesagt</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="254" />
            <source>Self-check: the first and the latest</source>
            <extracomment>A heading of the report: the movement self-check's scores (0-2), the first and the latest.</extracomment>
            <translation>Selbstcheck: der erste und der letzte</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="257" />
            <source>Movement check</source>
            <extracomment>A column of the self-check table: the movement check.</extracomment>
            <translation>Bewegungscheck</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="259" />
            <source>Side</source>
            <extracomment>A column of the self-check table: left, right or both.</extracomment>
            <translation>Seite</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="278" />
            <location filename="../../desk_coach/ui/report_pdf.py" line="323" />
            <source>(continued)</source>
            <extracomment>Above a table that goes on from the page before.</extracomment>
            <translation>(Fortsetzung)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="295" />
            <source>not scored</source>
            <extracomment>A movement check not scored (skipped, or not done).</extracomment>
            <translation>nicht bewertet</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="305" />
            <source>Pain reported and what the coach changed</source>
            <extracomment>A heading of the report: pain reported and what the coach changed because of it.</extracomment>
            <translation>Gemeldete Schmerzen und was der Coach geändert hat</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="308" />
            <source>No pain was reported in these weeks.</source>
            <extracomment>Instead of the table of pain reports when there is none.</extracomment>
            <translation>In diesen Wochen wurden keine Schmerzen gemeldet.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="313" />
            <source>Day</source>
            <extracomment>A column of the table of pain reports: the day.</extracomment>
            <translation>Tag</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="315" />
            <source>Reported</source>
            <extracomment>A column of the table of pain reports: what the user reported.</extracomment>
            <translation>Gemeldet</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="317" />
            <source>What the coach changed</source>
            <extracomment>A column of the table of pain reports: what the coach changed because of it.</extracomment>
            <translation>Was der Coach geändert hat</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="328" />
            <source>About this report</source>
            <extracomment>A heading of the report: what the report is and is not, above the disclaimer.</extracomment>
            <translation>Über diesen Bericht</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="174" />
            <source>{first} {first_year} to {last} {last_year}</source>
            <extracomment>The period of the report: {first} and {last} are days ("Mon 8 Dec"), {first_year} and {last_year} their years.</extracomment>
            <translation>{first} {first_year} bis {last} {last_year}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="190" />
            <source>Desk Coach progress report, {period}</source>
            <extracomment>The footer of each page of the report, at the left: {period} is the report's days.</extracomment>
            <translation>Desk Coach – Fortschrittsbericht, {period}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="192" />
            <source>Page {page} of {total}</source>
            <extracomment>The footer of each page of the report, at the right: page {page} of {total}.</extracomment>
            <translation>Seite {page} von {total}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/ui/report_pdf.py" line="211" />
            <source>{period} (%n week(s))</source>
            <extracomment>Under the report's title: {period} is its days; %n the number of weeks.</extracomment>
            <translation>
                <numerusform>{period} (%n Woche)</numerusform>
                <numerusform>{period} (%n Wochen)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="261" />
            <source>First ({day})</source>
            <extracomment>A column of the self-check table: {day} the day of the first self-check.</extracomment>
            <translation>Erster ({day})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="263" />
            <source>Latest ({day})</source>
            <extracomment>A column of the self-check table: {day} the day of the latest self-check.</extracomment>
            <translation>Letzter ({day})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="299" />
            <source>{score}, pain</source>
            <extracomment>A score in the self-check table when the check hurt: "1, pain".</extracomment>
            <translation>{score}, Schmerz</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="217" />
            <source>For: {name}</source>
            <extracomment>Under the report's title: whose report it is, {name} as the user typed it.</extracomment>
            <translation>Für: {name}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/ui/report_saving.py" line="63" />
            <source>Saved the report to {output} (%n page(s)).</source>
            <extracomment>{output} is the PDF file written; %n its pages.</extracomment>
            <translation>
                <numerusform>Der Bericht wurde unter {output} gespeichert (%n Seite).</numerusform>
                <numerusform>Der Bericht wurde unter {output} gespeichert (%n Seiten).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_saving.py" line="125" />
            <source>desk-coach-report.pdf</source>
            <extracomment>The file name offered for the report; keep ".pdf", no spaces or slashes.</extracomment>
            <translation>desk-coach-bericht.pdf</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_saving.py" line="83" />
            <location filename="../../desk_coach/ui/report_saving.py" line="116" />
            <location filename="../../desk_coach/ui/report_saving.py" line="118" />
            <source>Save report</source>
            <extracomment>The title of the small dialog that asks how many weeks the report covers.</extracomment>
            <translation>Bericht speichern</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_saving.py" line="85" />
            <source>Weeks to include, this one and the ones before:</source>
            <extracomment>The question of that dialog; 1 to 260 weeks.</extracomment>
            <translation>Wie viele Wochen, diese und die davor:</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_saving.py" line="98" />
            <source>Save the progress report</source>
            <extracomment>The title of the file dialog where the report is saved.</extracomment>
            <translation>Fortschrittsbericht speichern</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_saving.py" line="101" />
            <source>PDF files (*.pdf)</source>
            <extracomment>The file type in the save dialog ("PDF files (*.pdf)"); keep "(*.pdf)".</extracomment>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_saving.py" line="58" />
            <source>The report could not be written to {output}: {error}. Nothing was saved.</source>
            <extracomment>{output} is the file; {error} the system's reason ("No space left on device").</extracomment>
            <translation>Der Bericht konnte nicht unter {output} geschrieben werden: {error}. Es wurde nichts gespeichert.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_saving.py" line="37" />
            <source>The report needs the self-check's texts, which cannot be read: {error}</source>
            <extracomment>{error} says what is wrong with the self-check's content file.</extracomment>
            <translation>Der Bericht braucht die Texte des Selbstchecks, die nicht gelesen werden können: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/report.py" line="12" />
            <source>Nothing was recorded in these weeks yet: no sitting, no breaks, no self-check. Use Desk Coach for a week or two and make the report again.</source>
            <extracomment>The report's summary when the weeks hold no history at all (a new user).</extracomment>
            <translation>In diesen Wochen wurde noch nichts aufgezeichnet: kein Sitzen, keine Pausen, kein Selbstcheck. Nutze Desk Coach ein, zwei Wochen und erstelle den Bericht dann noch einmal.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/report.py" line="19" />
            <source>Sitting: {minutes} min a day on average, over %n day(s) at the desk.</source>
            <extracomment>The report's summary: {minutes} is the average minutes sat on a day with any sitting; %n counts those days.</extracomment>
            <translation>
                <numerusform>Sitzen: im Schnitt {minutes} Min. am Tag, über %n Tag am Schreibtisch.</numerusform>
                <numerusform>Sitzen: im Schnitt {minutes} Min. am Tag, über %n Tage am Schreibtisch.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/report.py" line="23" />
            <source>Sitting went down from {first} min a day in the first weeks to {last} min in the last.</source>
            <extracomment>{first} and {last}: average minutes sat a day in the first and the last quarter of the weeks.</extracomment>
            <translation>Die Sitzzeit ging von {first} Min. am Tag in den ersten Wochen auf {last} Min. in den letzten zurück.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/report.py" line="27" />
            <source>Sitting went up from {first} min a day in the first weeks to {last} min in the last.</source>
            <extracomment>{first} and {last}: average minutes sat a day in the first and the last quarter of the weeks.</extracomment>
            <translation>Die Sitzzeit stieg von {first} Min. am Tag in den ersten Wochen auf {last} Min. in den letzten.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/report.py" line="31" />
            <source>Sitting stayed about the same: {minutes} min a day in the last weeks.</source>
            <extracomment>{minutes}: average minutes sat a day in the last weeks, about as many as in the first.</extracomment>
            <translation>Die Sitzzeit blieb etwa gleich: {minutes} Min. am Tag in den letzten Wochen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/report.py" line="35" />
            <source>%n day(s) over the daily goal of at most {goal} min of sitting.</source>
            <extracomment>%n days sat longer than the goal; {goal} is the daily goal in minutes (at most that much sitting).</extracomment>
            <translation>
                <numerusform>%n Tag über dem Tagesziel von höchstens {goal} Min. Sitzen.</numerusform>
                <numerusform>%n Tage über dem Tagesziel von höchstens {goal} Min. Sitzen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/report.py" line="39" />
            <source>Breaks: %n taken of {due} due ({share} %).</source>
            <extracomment>%n breaks taken; {due} breaks due; {share} the share in per cent (a whole number).</extracomment>
            <translation>
                <numerusform>Pausen: %n gemacht von {due} fälligen ({share} %).</numerusform>
                <numerusform>Pausen: %n gemacht von {due} fälligen ({share} %).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/report.py" line="41" />
            <source>Routines completed: %n.</source>
            <extracomment>%n routines (guided exercise breaks) completed in the weeks of the report.</extracomment>
            <translation>
                <numerusform>Abgeschlossene Routinen: %n.</numerusform>
                <numerusform>Abgeschlossene Routinen: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/report.py" line="44" />
            <source>Stretching for the {target}, {goal} min a week: reached in {met} of %n week(s).</source>
            <extracomment>The report's summary, one line per body area with a weekly stretching goal: {target} "hip flexors", {goal} the weekly goal in minutes, {met} the weeks that reached it, of %n weeks.</extracomment>
            <translation>
                <numerusform>Dehnen – {target}, {goal} Min. pro Woche: erreicht in {met} von %n Woche.</numerusform>
                <numerusform>Dehnen – {target}, {goal} Min. pro Woche: erreicht in {met} von %n Wochen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/report.py" line="49" />
            <source>Stretching for the {target}, {goal} min a week each side: reached in {met} of %n week(s).</source>
            <extracomment>As above, for a body area stretched on each side (left and right): the goal and the minutes are counted on one side.</extracomment>
            <translation>
                <numerusform>Dehnen – {target}, {goal} Min. pro Woche und Seite: erreicht in {met} von %n Woche.</numerusform>
                <numerusform>Dehnen – {target}, {goal} Min. pro Woche und Seite: erreicht in {met} von %n Wochen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/report.py" line="56" />
            <source>No self-check in these weeks.</source>
            <extracomment>No self-check (the movement check) was taken in the weeks of the report.</extracomment>
            <translation>In diesen Wochen kein Selbstcheck.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/report.py" line="58" />
            <source>One self-check, on {day}.</source>
            <extracomment>{day} is the date of the one self-check of the report's weeks.</extracomment>
            <translation>Ein Selbstcheck, am {day}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/report.py" line="61" />
            <source>%n self-checks from {first} to {last}: {better}, {worse} than the first.</source>
            <extracomment>%n self-checks; {first} and {last} their first and last dates; {better} e.g. "3 scores better", {worse} e.g. "1 lower".</extracomment>
            <translation>
                <numerusform>%n Selbstcheck von {first} bis {last}: {better}, {worse} als beim ersten.</numerusform>
                <numerusform>%n Selbstchecks von {first} bis {last}: {better}, {worse} als beim ersten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/report.py" line="65" />
            <source>%n score(s) better</source>
            <extracomment>Part of "5 self-checks from ...: 3 scores better, 1 lower than the first."</extracomment>
            <translation>
                <numerusform>%n Wert besser</numerusform>
                <numerusform>%n Werte besser</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/report.py" line="67" />
            <source>%n lower</source>
            <extracomment>Part of "5 self-checks from ...: 3 scores better, 1 lower than the first."</extracomment>
            <translation>
                <numerusform>%n niedriger</numerusform>
                <numerusform>%n niedriger</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/report.py" line="69" />
            <source>No pain reported.</source>
            <extracomment>No pain was reported in the weeks of the report.</extracomment>
            <translation>Keine Schmerzen gemeldet.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/report.py" line="71" />
            <source>%n pain report(s), listed with what the coach changed.</source>
            <extracomment>%n pain reports (during an exercise, or the morning after); listed in a table later on.</extracomment>
            <translation>
                <numerusform>%n Schmerzmeldung, aufgelistet mit dem, was der Coach geändert hat.</numerusform>
                <numerusform>%n Schmerzmeldungen, aufgelistet mit dem, was der Coach geändert hat.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/report.py" line="75" />
            <source>The coach changed no exercise level.</source>
            <extracomment>The coach changed no exercise level in the weeks of the report.</extracomment>
            <translation>Der Coach hat keine Übungsstufe geändert.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/report.py" line="77" />
            <source>The coach changed exercise levels %n time(s): {up}, {down}, {pain}.</source>
            <extracomment>%n changes of exercise levels; {up} "4 steps up", {down} "1 step down", {pain} "1 because of pain".</extracomment>
            <translation>
                <numerusform>Der Coach hat Übungsstufen %n-mal geändert: {up}, {down}, {pain}.</numerusform>
                <numerusform>Der Coach hat Übungsstufen %n-mal geändert: {up}, {down}, {pain}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/report.py" line="81" />
            <source>%n step(s) up</source>
            <extracomment>Part of "The coach changed exercise levels 5 times: 4 steps up, ...".</extracomment>
            <translation>
                <numerusform>%n Stufe höher</numerusform>
                <numerusform>%n Stufen höher</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/report.py" line="83" />
            <source>%n step(s) down</source>
            <extracomment>Part of "The coach changed exercise levels 5 times: ..., 1 step down, ...".</extracomment>
            <translation>
                <numerusform>%n Stufe niedriger</numerusform>
                <numerusform>%n Stufen niedriger</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/report.py" line="85" />
            <source>%n because of pain</source>
            <extracomment>Part of "The coach changed exercise levels 5 times: ..., 1 because of pain".</extracomment>
            <translation>
                <numerusform>%n wegen Schmerzen</numerusform>
                <numerusform>%n wegen Schmerzen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/report.py" line="87" />
            <source>Paused now: {regions}.</source>
            <extracomment>{regions} lists body regions ("hips and neck") that get no exercise now.</extracomment>
            <translation>Zurzeit pausiert: {regions}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/report.py" line="90" />
            <source>{exercise}: {what}</source>
            <extracomment>A row of the table of pain reports: {exercise} is an exercise's name, {what} lists what the user reported during it ("pain 3 of 10 during the exercise and stopped with the pain button").</extracomment>
            <translation>{exercise}: {what}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/report.py" line="92" />
            <source>pain {pain} of 10 during the exercise</source>
            <extracomment>Part of a row of the table of pain reports: {pain} is 1-10.</extracomment>
            <translation>Schmerz {pain} von 10 während der Übung</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/report.py" line="94" />
            <source>stopped with the pain button</source>
            <extracomment>Part of a row of the table of pain reports: the user pressed "It hurts".</extracomment>
            <translation>mit der Schmerztaste abgebrochen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/report.py" line="96" />
            <source>sharp pain</source>
            <extracomment>Part of a row of the table of pain reports: the user reported a sharp pain.</extracomment>
            <translation>stechender Schmerz</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/report.py" line="98" />
            <source>numbness or tingling</source>
            <extracomment>Part of a row of the table of pain reports: the user reported numbness or tingling.</extracomment>
            <translation>Taubheit oder Kribbeln</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/report.py" line="100" />
            <source>Pain {pain} of 10 the morning after a routine</source>
            <extracomment>A row of the table of pain reports: {pain} 1-10, felt the morning after a routine.</extracomment>
            <translation>Schmerz {pain} von 10 am Morgen nach einer Routine</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/report.py" line="103" />
            <source>Exercises for the {region} paused: {reason}. The coach suggested having it checked by a doctor or physiotherapist.</source>
            <extracomment>A row of the table: the coach paused a body {region}; {reason} says why (a sentence); the app then showed the user a calm referral to a doctor or physiotherapist.</extracomment>
            <translation>Übungen für den Bereich {region} pausiert: {reason}. Der Coach hat empfohlen, es ärztlich oder physiotherapeutisch abklären zu lassen.</translation>
        </message>
    </context>
    <context>
        <name>RoutineFeedback</name>
        <message>
            <location filename="../../desk_coach/ui/routine/answers.py" line="38" />
            <source>How did it go?</source>
            <extracomment>The title of the questions after a routine.</extracomment>
            <translation>Wie lief es?</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/answers.py" line="41" />
            <source>You ended early. How did it go?</source>
            <extracomment>The title of the questions after a routine the user ended before its last exercise.</extracomment>
            <translation>Du hast früher aufgehört. Wie lief es?</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/answers.py" line="44" />
            <source>The &amp;rest were just right, no pain</source>
            <extracomment>Button answering for every exercise done except the one that hurt: effort just right, pain 0.</extracomment>
            <translation>&amp;Der Rest war genau richtig, keine Schmerzen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/answers.py" line="47" />
            <source>&amp;All just right, no pain</source>
            <extracomment>Button answering for every exercise done: effort just right, pain 0; it saves at once.</extracomment>
            <translation>&amp;Alles genau richtig, keine Schmerzen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/answers.py" line="55" />
            <source>Stopped because it hurt: left out for the rest of today.</source>
            <extracomment>In the questions after a routine, for an exercise stopped with "This hurts".</extracomment>
            <translation>Abgebrochen, weil es wehtat: für den Rest des Tages ausgelassen.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/answers.py" line="59" />
            <source>Skipped.</source>
            <extracomment>In the questions after a routine, for an exercise the user skipped before doing any of it.</extracomment>
            <translation>Übersprungen.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/answers.py" line="61" />
            <source>Skipped after {percent} % of it.</source>
            <extracomment>In the questions after a routine, for an exercise skipped part-way; {percent} is a number, 0-100.</extracomment>
            <translation>Nach {percent} % übersprungen.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/answers.py" line="88" />
            <source>yes</source>
            <comment>names lowercase mid-sentence</comment>
            <extracomment>Not shown. Write "yes" if, in your language, an exercise's name ("Seated chest opener") starts with a small letter inside a sentence, as in English; write "no" to keep it as written (German nouns).</extracomment>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/feedback.py" line="58" />
            <source>Too &amp;hard</source>
            <extracomment>An answer to "How hard was it?" about one exercise of the routine.</extracomment>
            <translation>Zu sc&amp;hwer</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/feedback.py" line="67" />
            <source>Numbness or tingling</source>
            <extracomment>A check box under "Any of these?", asked when an exercise hurt (a warning sign).</extracomment>
            <translation>Taubheit oder Kribbeln</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/feedback.py" line="72" />
            <source>Pain from 0 to 10: 0 is none, 10 the worst you can imagine. The pull of a stretch is not pain.</source>
            <extracomment>How to answer the pain questions after a routine; also the pain boxes' tooltip.</extracomment>
            <translation>Schmerzen von 0 bis 10: 0 heißt keine, 10 die schlimmsten, die du dir vorstellen kannst. Das Ziehen beim Dehnen ist kein Schmerz.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/feedback.py" line="53" />
            <source>Too &amp;easy</source>
            <extracomment>An answer to "How hard was it?" about one exercise of the routine.</extracomment>
            <translation>Zu &amp;leicht</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/feedback.py" line="56" />
            <source>&amp;Just right</source>
            <extracomment>An answer to "How hard was it?" about one exercise of the routine.</extracomment>
            <translation>Genau &amp;richtig</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/feedback.py" line="65" />
            <source>Sharp or shooting pain</source>
            <extracomment>A check box under "Any of these?", asked when an exercise hurt (a warning sign).</extracomment>
            <translation>Stechender oder einschießender Schmerz</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/feedback.py" line="84" />
            <source> of 10</source>
            <extracomment>After the number in a pain box: "3 of 10". Starts with a space where the language puts one.</extracomment>
            <translation> von 10</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/feedback.py" line="81" />
            <source>not said</source>
            <extracomment>In a pain box (0 to 10) left unanswered: the user has not said how much.</extracomment>
            <translation>keine Angabe</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/feedback.py" line="128" />
            <source>Any of these?</source>
            <extracomment>Asked about an exercise that hurt, before the warning signs' check boxes.</extracomment>
            <translation>Etwas davon?</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/feedback.py" line="135" />
            <location filename="../../desk_coach/ui/routine/feedback.py" line="175" />
            <source>{name}: {answer}</source>
            <extracomment>What a screen reader says of a warning sign's check box: the exercise's name, the sign.</extracomment>
            <translation>{name}: {answer}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/feedback.py" line="168" />
            <source>How hard was it?</source>
            <extracomment>The effort question about one exercise, after a routine.</extracomment>
            <translation>Wie anstrengend war es?</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/feedback.py" line="184" />
            <source>&amp;Pain, not the stretch feeling:</source>
            <extracomment>Label of the pain box (0 to 10) of one exercise: pain, not the pull a stretch should give.</extracomment>
            <translation>Sch&amp;merzen, nicht das Dehngefühl:</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/feedback.py" line="197" />
            <source>{name}: how much it hurt, 0 to 10</source>
            <extracomment>What a screen reader calls the pain box of an exercise stopped with "This hurts".</extracomment>
            <translation>{name}: wie stark es wehtat, 0 bis 10</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/feedback.py" line="248" />
            <source>&amp;Save</source>
            <extracomment>Button: saves the answers about the routine and closes the window.</extracomment>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/feedback.py" line="276" />
            <source>Your answers help the coach keep each exercise at the right level for you.</source>
            <extracomment>Under the title of the questions after a routine: why they are asked.</extracomment>
            <translation>Deine Antworten helfen dem Coach, jede Übung auf dem passenden Niveau für dich zu halten.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/feedback.py" line="284" />
            <source>Every exercise done: just right, and pain 0; then save</source>
            <extracomment>Tooltip of the "All just right, no pain" button.</extracomment>
            <translation>Alle gemachten Übungen: genau richtig, Schmerzen 0; dann speichern</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/feedback.py" line="292" />
            <source>Or answer for each exercise:</source>
            <extracomment>Between the one-press answer and the questions about each exercise.</extracomment>
            <translation>Oder antworte für jede Übung einzeln:</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/feedback.py" line="200" />
            <source>How much did it hu&amp;rt?</source>
            <extracomment>Label of the pain box (0 to 10) of an exercise stopped with "This hurts".</extracomment>
            <translation>Wie stark tat es &amp;weh?</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/feedback.py" line="182" />
            <source>{name}: pain, 0 to 10</source>
            <extracomment>What a screen reader calls the pain box of one exercise; {name} is the exercise's name.</extracomment>
            <translation>{name}: Schmerzen, 0 bis 10</translation>
        </message>
    </context>
    <context>
        <name>RoutineWindow</name>
        <message>
            <location filename="../../desk_coach/ui/routine/dialog.py" line="157" />
            <source>Stretch routine</source>
            <extracomment>The title of the guided routine's window (Qt adds " — Desk Coach").</extracomment>
            <translation>Dehnroutine</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/exercise_page.py" line="112" />
            <source>Routine progress</source>
            <extracomment>What a screen reader calls the bar that shows how much of the routine is done.</extracomment>
            <translation>Fortschritt der Routine</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/exercise_page.py" line="165" />
            <location filename="../../desk_coach/ui/routine/screen.py" line="273" />
            <source>Time left</source>
            <extracomment>What a screen reader calls the big countdown.</extracomment>
            <translation>Verbleibende Zeit</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/exercise_page.py" line="168" />
            <location filename="../../desk_coach/ui/routine/spoken_cues.py" line="35" />
            <source>Paused</source>
            <extracomment>Shown under the countdown while the routine is paused.</extracomment>
            <extracomment>Read by a screen reader when the routine is paused.</extracomment>
            <translation>Angehalten</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/exercise_page.py" line="189" />
            <source>Stop the clock for a moment (P)</source>
            <extracomment>Tooltip of the Pause button; (P) is its key.</extracomment>
            <translation>Die Uhr kurz anhalten (P)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/exercise_page.py" line="192" />
            <source>Leave this exercise out today and go on to the next (S)</source>
            <extracomment>Tooltip of the Skip exercise button; (S) is its key.</extracomment>
            <translation>Diese Übung heute auslassen und mit der nächsten weitermachen (S)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/exercise_page.py" line="196" />
            <source>Stop this exercise because it hurts (H)</source>
            <extracomment>Tooltip of the This hurts button; (H) is its key.</extracomment>
            <translation>Diese Übung abbrechen, weil es wehtut (H)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/illustration.py" line="53" />
            <source>Drawing: {name}</source>
            <extracomment>What a screen reader says of an exercise's drawing; {name} is the exercise's name.</extracomment>
            <translation>Zeichnung: {name}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/pain_page.py" line="39" />
            <source>&amp;End the routine</source>
            <extracomment>Button after "This hurts": ends the whole routine (the next exercises are left out).</extracomment>
            <translation>Routine &amp;beenden</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/pain_page.py" line="79" />
            <source>&amp;End now</source>
            <extracomment>Button answering "End the routine now?": yes, end it.</extracomment>
            <translation>Jetzt &amp;beenden</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/pain_page.py" line="82" />
            <source>&amp;Keep going</source>
            <extracomment>Button answering "End the routine now?": no, go on with the routine.</extracomment>
            <translation>&amp;Weitermachen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="25" />
            <source>Ease in slowly until you feel a mild pull, never pain. Keep breathing normally; don't bounce.</source>
            <extracomment>Under the steps of every stretch in the guided routine.</extracomment>
            <translation>Geh langsam in die Dehnung, bis du ein leichtes Ziehen spürst, niemals Schmerz. Atme ruhig weiter und federe nicht.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="31" />
            <source>Stop here. Please don't push through pain.</source>
            <extracomment>The title of the page shown after the user pressed "This hurts" during an exercise.</extracomment>
            <translation>Hör hier auf. Bitte mach nicht trotz Schmerzen weiter.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="36" />
            <source>Switch sides</source>
            <extracomment>Shown large when it is time to change to the other side of the body.</extracomment>
            <translation>Seite wechseln</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="41" />
            <source>End the routine now? What you have done so far still counts.</source>
            <extracomment>Asked when the user presses Escape during the routine; answered by "Keep going" or "End now".</extracomment>
            <translation>Routine jetzt beenden? Was du bisher gemacht hast, zählt trotzdem.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="47" />
            <source>&amp;Pause  (P)</source>
            <extracomment>Button: stops the routine's clock. "(P)" names the key that does the same; keep it as it is.</extracomment>
            <translation>&amp;Pause  (P)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="52" />
            <source>&amp;Resume  (P)</source>
            <extracomment>Button, in place of Pause while paused. "(P)" names the key that does the same; keep it.</extracomment>
            <translation>&amp;Fortsetzen  (P)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="57" />
            <source>&amp;Skip exercise  (S)</source>
            <extracomment>Button: leaves the current exercise and goes on to the next. "(S)" names its key; keep it.</extracomment>
            <translation>Übung über&amp;springen  (S)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="62" />
            <source>This &amp;hurts  (H)</source>
            <extracomment>Button: stops the exercise because it hurts. "(H)" names its key; keep it.</extracomment>
            <translation>Das tut &amp;weh  (H)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="96" />
            <source>right side</source>
            <extracomment>The side of the body an exercise is done on (the user's own right, not the screen's).</extracomment>
            <translation>rechte Seite</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="193" />
            <source>seconds left</source>
            <extracomment>Under a countdown in seconds, "30".</extracomment>
            <translation>Sekunden übrig</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="333" />
            <source>&amp;Go on to the next exercise</source>
            <extracomment>Button after "This hurts": on to the next exercise of the routine.</extracomment>
            <translation>&amp;Weiter zur nächsten Übung</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="69" />
            <source>S&amp;tart  (Space)</source>
            <extracomment>The main button before the routine starts. "(Space)" names its key: translate the key's name.</extracomment>
            <translation>Sta&amp;rten  (Leertaste)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="72" />
            <source>I'm rea&amp;dy  (Space)</source>
            <extracomment>The main button while the user gets into position: ends the wait. "(Space)" names its key.</extracomment>
            <translation>Ich bin be&amp;reit  (Leertaste)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="75" />
            <source>Skip the res&amp;t  (Space)</source>
            <extracomment>The main button during a short rest between two holds or sets. "(Space)" names its key.</extracomment>
            <translation>Er&amp;holung überspringen  (Leertaste)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="78" />
            <source>Rea&amp;dy  (Space)</source>
            <extracomment>The main button while the user changes sides: ends the wait. "(Space)" names its key.</extracomment>
            <translation>Be&amp;reit  (Leertaste)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="81" />
            <source>Rep &amp;done  (Space)</source>
            <extracomment>The main button during a set: counts one repetition. "(Space)" names its key.</extracomment>
            <translation>Wiederholung &amp;geschafft  (Leertaste)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="94" />
            <source>left side</source>
            <extracomment>The side of the body an exercise is done on (the user's own left, not the screen's).</extracomment>
            <translation>linke Seite</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="191" />
            <source>left</source>
            <comment>time remaining</comment>
            <extracomment>Under a countdown in minutes and seconds, "1:30": the time that is left (not the side).</extracomment>
            <translation>übrig</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/ui/routine/screen.py" line="210" />
            <source>%n exercise(s), {duration}. The clock starts when you press Start.</source>
            <extracomment>Before the routine starts: how many exercises and how long, "3 exercises, about 5 min."</extracomment>
            <translation>
                <numerusform>%n Übung, {duration}. Die Uhr läuft los, sobald du auf „Starten“ drückst.</numerusform>
                <numerusform>%n Übungen, {duration}. Die Uhr läuft los, sobald du auf „Starten“ drückst.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="251" />
            <source>Walk at an easy pace</source>
            <extracomment>Title during the walk break.</extracomment>
            <translation>Geh in gemütlichem Tempo</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="270" />
            <source>Repetitions</source>
            <extracomment>What a screen reader calls the big figure during a set: repetitions counted / planned.</extracomment>
            <translation>Wiederholungen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="326" />
            <source>That was the last exercise.</source>
            <extracomment>After "This hurts", when the exercise that hurt was the routine's last.</extracomment>
            <translation>Das war die letzte Übung.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="155" />
            <source>Hold {number} of {total} · {side}</source>
            <extracomment>Title while a stretch is held on one side of the body; {side} is "left side" or "right side".</extracomment>
            <translation>Halten {number} von {total} · {side}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="165" />
            <source>Hold {number} of {total} starts next.</source>
            <extracomment>Under the countdown while the user gets ready: which hold comes after the wait.</extracomment>
            <translation>Als Nächstes: Halten {number} von {total}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="183" />
            <source>Hold {number} of {total} · {side} next.</source>
            <extracomment>Under the countdown of a rest: the hold that comes next and its side, "left side" or "right side".</extracomment>
            <translation>Als Nächstes: Halten {number} von {total} · {side}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="214" />
            <source>Ready when you are</source>
            <extracomment>The title before the routine starts.</extracomment>
            <translation>Bereit, wenn du es bist</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="222" />
            <source>Get ready</source>
            <extracomment>Title while the user gets into position for the exercise.</extracomment>
            <translation>Mach dich bereit</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="228" />
            <source>Rest</source>
            <extracomment>Title of a short rest between two holds or sets.</extracomment>
            <translation>Kurz erholen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="236" />
            <source>Now the other side</source>
            <extracomment>Title when it is time to change to the other side of the body.</extracomment>
            <translation>Jetzt die andere Seite</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="241" />
            <source>Press Space after each rep.</source>
            <extracomment>Under the repetitions counted, once the user counts them with the Space key.</extracomment>
            <translation>Drück nach jeder Wiederholung die Leertaste.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="319" />
            <source>{name} is left out for the rest of today. If it hurts like this again, a physiotherapist can help find out why.</source>
            <extracomment>After "This hurts": {name} is the exercise that hurt. Calm, no diagnosis.</extracomment>
            <translation>„{name}“ lassen wir für den Rest des Tages weg. Wenn es noch einmal so wehtut, kann dir eine Physiotherapeutin oder ein Physiotherapeut helfen herauszufinden, woran es liegt.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="328" />
            <source>&amp;Go on</source>
            <extracomment>Button after "This hurts" on the last exercise: on to the questions about the routine.</extracomment>
            <translation>&amp;Weiter</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="330" />
            <source>Next: {name}. The clock waits until you go on.</source>
            <extracomment>After "This hurts": the exercise that comes next; the routine waits until the user goes on.</extracomment>
            <translation>Als Nächstes: {name}. Die Uhr wartet, bis du weitermachst.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="113" />
            <source>Take care: {cautions}</source>
            <extracomment>Before an exercise's cautions (safety advice from the library), under its steps.</extracomment>
            <translation>Achte darauf: {cautions}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="149" />
            <source>Hold {number} of {total}</source>
            <extracomment>Title while a stretch is held: hold 1 of 2.</extracomment>
            <translation>Halten {number} von {total}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="153" />
            <source>Set {number} of {total} · {side}</source>
            <extracomment>Title while a set runs on one side of the body; {side} is "left side" or "right side".</extracomment>
            <translation>Satz {number} von {total} · {side}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="163" />
            <source>Set {number} of {total} starts next.</source>
            <extracomment>Under the countdown while the user gets ready: which set comes after the wait.</extracomment>
            <translation>Als Nächstes: Satz {number} von {total}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="176" />
            <source>Hold {number} of {total} next.</source>
            <extracomment>Under the countdown of a rest between two holds: the hold that comes next.</extracomment>
            <translation>Als Nächstes: Halten {number} von {total}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="180" />
            <source>Set {number} of {total} · {side} next.</source>
            <extracomment>Under the countdown of a rest: the set that comes next and its side, "left side" or "right side".</extracomment>
            <translation>Als Nächstes: Satz {number} von {total} · {side}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="261" />
            <source>Exercise {number} of {total} · an extra on offer: skip it if you'd rather not</source>
            <extracomment>Above the exercise: where it is in the routine, and that it is an optional extra.</extracomment>
            <translation>Übung {number} von {total} · ein freiwilliges Extra: überspring es, wenn du lieber nicht möchtest</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="266" />
            <source>Exercise {number} of {total}</source>
            <extracomment>Above the exercise: where it is in the routine, "Exercise 2 of 5".</extracomment>
            <translation>Übung {number} von {total}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="147" />
            <source>Set {number} of {total}</source>
            <extracomment>Title while a set of repetitions runs: set 2 of 3.</extracomment>
            <translation>Satz {number} von {total}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="174" />
            <source>Set {number} of {total} next.</source>
            <extracomment>Under the countdown of a rest between two sets: the set that comes next.</extracomment>
            <translation>Als Nächstes: Satz {number} von {total}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="219" />
            <source>Get ready · {side}</source>
            <extracomment>Title while the user gets into position; {side} is "left side" or "right side".</extracomment>
            <translation>Mach dich bereit · {side}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="233" />
            <source>Now the {side}</source>
            <extracomment>Title when it is time to change sides; {side} is "left side" or "right side".</extracomment>
            <translation>Jetzt die {side}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="244" />
            <source>Counting one rep every {seconds} s. Press Space after each rep to count yourself.</source>
            <extracomment>Under the repetitions counted: the coach counts at a pace ({seconds} seconds a repetition).</extracomment>
            <translation>Ich zähle alle {seconds} s eine Wiederholung. Drück nach jeder Wiederholung die Leertaste, wenn du selbst zählen möchtest.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/spoken_cues.py" line="19" />
            <source>{name}. First: {step}</source>
            <extracomment>Read by a screen reader when an exercise comes up: {name} is the exercise, {step} its first step.</extracomment>
            <translation>{name}. Zuerst: {step}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/spoken_cues.py" line="54" />
            <source>Repetitions {count}</source>
            <extracomment>Read by a screen reader when the repetitions counted change; {count} is "8 / 10".</extracomment>
            <translation>Wiederholungen {count}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/spoken_cues.py" line="45" />
            <source>{count} seconds.</source>
            <extracomment>Read by a screen reader as a phase begins: how long it lasts in seconds; {count} is a figure such as "30".</extracomment>
            <translation>{count} Sekunden.</translation>
        </message>
    </context>
    <context>
        <name>NextMorning</name>
        <message>
            <location filename="../../desk_coach/ui/routine/next_morning.py" line="41" />
            <source>Yesterday you did the {moves}. Did any of them leave you with pain this morning? A little stiffness after a new move is normal; pain is not.</source>
            <extracomment>{moves} lists yesterday's exercises by name: "seated chest opener, chin tuck and wall push-up".</extracomment>
            <translation>Gestern hast du diese Übungen gemacht: {moves}. Hat dir eine davon heute Morgen Schmerzen hinterlassen? Ein wenig Steifheit nach einer neuen Übung ist normal, Schmerzen sind es nicht.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/next_morning.py" line="37" />
            <source>How do you feel after yesterday's moves?</source>
            <extracomment>The title of the question before the first routine of a day, about yesterday's exercises.</extracomment>
            <translation>Wie fühlst du dich nach den Übungen von gestern?</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/next_morning.py" line="78" />
            <source>&amp;No pain</source>
            <extracomment>Answer to "any pain this morning from yesterday's moves?".</extracomment>
            <translation>&amp;Keine Schmerzen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/next_morning.py" line="84" />
            <source>Some &amp;pain…</source>
            <extracomment>Answer to "any pain this morning from yesterday's moves?"; it then asks how much.</extracomment>
            <translation>Etwas &amp;Schmerzen…</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/next_morning.py" line="89" />
            <source>S&amp;kip this question</source>
            <extracomment>Button: leaves the question about pain this morning unanswered, and the routine starts.</extracomment>
            <translation>Frage ü&amp;berspringen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/next_morning.py" line="103" />
            <source>Pain this morning, 0 to 10</source>
            <extracomment>What a screen reader calls the box for how much pain there is this morning.</extracomment>
            <translation>Schmerzen heute Morgen, 0 bis 10</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/next_morning.py" line="105" />
            <source>How &amp;much, from 0 to 10?</source>
            <extracomment>Label of the box for how much pain there is this morning, after "Some pain…".</extracomment>
            <translation>&amp;Wie stark, von 0 bis 10?</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/next_morning.py" line="108" />
            <source>&amp;Save and go on</source>
            <extracomment>Button: saves how much pain there is this morning and starts the routine.</extracomment>
            <translation>Speichern und w&amp;eiter</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/next_morning.py" line="52" />
            <source>Your answer helps the coach ease off where something hurt.</source>
            <extracomment>Under the question about pain this morning: why it is asked.</extracomment>
            <translation>Deine Antwort hilft dem Coach, dort etwas sanfter zu werden, wo etwas wehgetan hat.</translation>
        </message>
    </context>
    <context>
        <name>ScreenWizard</name>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="69" />
            <source>Desk Coach started, but found something you should know about</source>
            <extracomment>Heads the start-up notices (a problem in the settings file, a database moved aside) on the first page of the self-check.</extracomment>
            <translation>Desk Coach ist gestartet, hat aber etwas gefunden, das du wissen solltest</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="617" />
            <source>What did you notice?</source>
            <translation>Was hast du bemerkt?</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="126" />
            <source>What Desk Coach is not</source>
            <extracomment>Heading of the disclaimer box on the first page.</extracomment>
            <translation>Was Desk Coach nicht ist</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="200" />
            <source>People of 65 and over get longer, gentler stretch holds.</source>
            <translation>Ab 65 Jahren hältst du Dehnungen länger und sanfter.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="430" />
            <source>Desk Coach plans only moves you can do with what is ticked. Nothing ticked is fine too: then breaks use moves that need nothing at all. You can change this later in Settings.</source>
            <translation>Desk Coach plant nur Übungen, die du mit dem Angekreuzten machen kannst. Du kannst auch nichts ankreuzen: Dann nutzen die Pausen Übungen, für die du gar nichts brauchst. Du kannst das später in den Einstellungen ändern.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="505" />
            <source>Desk Coach will not suggest any exercises and will only remind you to stand up now and then. When you have been seen, you can run the self-check again from the tray menu.</source>
            <translation>Desk Coach schlägt keine Übungen vor und erinnert dich nur ab und zu daran, aufzustehen. Wenn du dich hast untersuchen lassen, kannst du den Selbstcheck über das Menü im Infobereich erneut machen.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="572" />
            <source>It &amp;hurt (stop there: this check is left out)</source>
            <extracomment>A check box on a movement check; &amp; marks its access key (not B or N: Back and Next).</extracomment>
            <translation>Es hat weh&amp;getan (hier aufhören: dieser Check entfällt)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="577" />
            <source>I can't do this one now: &amp;skip it</source>
            <extracomment>A check box on a movement check; &amp; marks its access key (not B or N: Back and Next).</extracomment>
            <translation>Das kann ich gerade nicht: &amp;überspringen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="612" />
            <source>What did you notice on each side? Leave it blank to skip this one.</source>
            <translation>Was hast du auf jeder Seite bemerkt? Lass es leer, um diesen Check zu überspringen.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="614" />
            <source>What did you notice on each side?</source>
            <translation>Was hast du auf jeder Seite bemerkt?</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="616" />
            <source>What did you notice? Leave it blank to skip this one.</source>
            <translation>Was hast du bemerkt? Lass es leer, um diesen Check zu überspringen.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="115" />
            <source>Welcome to your self-check</source>
            <translation>Willkommen zu deinem Selbstcheck</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="117" />
            <source>Please read this first.</source>
            <extracomment>Subtitle of the first page, above the disclaimer.</extracomment>
            <translation>Bitte lies das zuerst.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="174" />
            <source>Under 65</source>
            <extracomment>An age band on the lifestyle page of the self-check.</extracomment>
            <translation>Unter 65</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="176" />
            <source>65 or over</source>
            <extracomment>An age band on the lifestyle page of the self-check.</extracomment>
            <translation>65 oder älter</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="178" />
            <source>I'd rather not say</source>
            <extracomment>Leaves the age band out.</extracomment>
            <translation>Möchte ich nicht angeben</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="187" />
            <source>How you spend your days</source>
            <translation>Wie du deine Tage verbringst</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="188" />
            <source>Tick everything that fits you.</source>
            <translation>Kreuze alles an, was auf dich zutrifft.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="247" />
            <source>Your work hours</source>
            <translation>Deine Arbeitszeiten</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="248" />
            <source>Desk Coach reminds you only inside these hours. Change them if they are not right; you can also do this later in Settings.</source>
            <translation>Desk Coach erinnert dich nur innerhalb dieser Zeiten. Ändere sie, wenn sie nicht stimmen; das geht auch später in den Einstellungen.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="376" />
            <source>Room on the floor</source>
            <translation>Platz auf dem Boden</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="377" />
            <source>Some moves are done lying or kneeling on a mat. Without room for them, Desk Coach picks moves you can do sitting or standing.</source>
            <translation>Manche Übungen machst du liegend oder kniend auf einer Matte. Ohne Platz dafür wählt Desk Coach Übungen, die du im Sitzen oder Stehen machen kannst.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="389" />
            <source>&amp;Yes, there is room</source>
            <extracomment>An answer on the floor page; &amp; marks the access key (not B or N: Back and Next use them).</extracomment>
            <translation>&amp;Ja, es gibt Platz</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="391" />
            <source>N&amp;o, not really</source>
            <extracomment>An answer on the floor page; &amp; marks the access key (not B or N: Back and Next use them).</extracomment>
            <translation>N&amp;ein, eher nicht</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="415" />
            <source>What you have at hand</source>
            <translation>Was du zur Hand hast</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="416" />
            <source>Tick what you can use during breaks.</source>
            <translation>Kreuze an, was du in den Pausen nutzen kannst.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="468" />
            <source>No to &amp;all on this page</source>
            <extracomment>A button that answers no to every health question on the page; &amp; marks its access key.</extracomment>
            <translation>Auf dieser Seite alles mit &amp;Nein beantworten</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="470" />
            <source>Answer no to every question on this page</source>
            <translation>Jede Frage auf dieser Seite mit Nein beantworten</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="497" />
            <source>Please get help now</source>
            <extracomment>Title of the page shown after an answer that needs urgent care.</extracomment>
            <translation>Bitte hol dir jetzt Hilfe</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="498" />
            <source>Your answer needs medical care before any exercise.</source>
            <translation>Nach deiner Antwort solltest du dich ärztlich versorgen lassen, bevor du Übungen machst.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="544" />
            <source>Movement check: {name} (optional)</source>
            <extracomment>Title of a movement check that may be left blank; {name} is the check's name.</extracomment>
            <translation>Bewegungscheck: {name} (freiwillig)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="547" />
            <source>Movement check: {name}</source>
            <extracomment>Title of a movement check's page; {name} is the check's name.</extracomment>
            <translation>Bewegungscheck: {name}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="629" />
            <source>Your self-check</source>
            <extracomment>Title of the summary page of the self-check.</extracomment>
            <translation>Dein Selbstcheck</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="631" />
            <source>Press Save and start to begin coaching with this.</source>
            <extracomment>"Save and start" is the button's name (without its &amp; access key).</extracomment>
            <translation>Klicke auf „Speichern und starten“, um damit mit dem Coaching zu beginnen.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="689" />
            <source>You are set up</source>
            <translation>Alles ist eingerichtet</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="690" />
            <source>Your self-check is saved. Here is what happens next.</source>
            <translation>Dein Selbstcheck ist gespeichert. So geht es weiter.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="199" />
            <source>Your age (optional)</source>
            <translation>Dein Alter (freiwillig)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="265" />
            <source>Day off</source>
            <extracomment>Shown in an empty work-hours field: no work that day.</extracomment>
            <translation>Freier Tag</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="385" />
            <source>Is there room where you take breaks to lie down on a mat or rug?</source>
            <translation>Ist dort, wo du Pausen machst, Platz, um dich auf eine Matte oder einen Teppich zu legen?</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="452" />
            <source>Health questions ({number} of {count}): {heading}</source>
            <extracomment>Title of a page of health questions: "Health questions (1 of 3): Before you start"; {heading} is the page's own heading.</extracomment>
            <translation>Gesundheitsfragen ({number} von {count}): {heading}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="558" />
            <source>Move gently and stop if it hurts.</source>
            <translation>Beweg dich sanft und hör auf, wenn es wehtut.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="639" />
            <source>Please note</source>
            <extracomment>A section of the self-check's summary: referrals to a health professional.</extracomment>
            <translation>Bitte beachte</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="641" />
            <source>Back on after this check</source>
            <extracomment>A section of a re-check's summary: areas and exercises put back on.</extracomment>
            <translation>Nach diesem Check wieder dabei</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="642" />
            <source>What we found</source>
            <translation>Was wir gefunden haben</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="643" />
            <source>What Desk Coach will focus on</source>
            <translation>Worauf Desk Coach achten wird</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="695" />
            <source>Your first moves, and why</source>
            <translation>Deine ersten Übungen und warum</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="696" />
            <source>Your first break</source>
            <translation>Deine erste Pause</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="697" />
            <source>Where to find Desk Coach</source>
            <translation>Wo du Desk Coach findest</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="232" />
            <source>&amp;Monday</source>
            <extracomment>A weekday's label on the work-hours page; &amp; marks its access key, which must differ from the other days' and from Back and Next.</extracomment>
            <translation>&amp;Montag</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="233" />
            <source>T&amp;uesday</source>
            <translation>&amp;Dienstag</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="234" />
            <source>&amp;Wednesday</source>
            <translation>M&amp;ittwoch</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="235" />
            <source>&amp;Thursday</source>
            <translation>D&amp;onnerstag</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="236" />
            <source>&amp;Friday</source>
            <translation>&amp;Freitag</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="237" />
            <source>S&amp;aturday</source>
            <translation>Sams&amp;tag</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="238" />
            <source>&amp;Sunday</source>
            <translation>So&amp;nntag</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="556" />
            <source>{number}. {step}</source>
            <extracomment>One numbered step of a movement check: "1. Stand tall."</extracomment>
            <translation>{number}. {step}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="268" />
            <source>Work hours on {day}</source>
            <translation>Arbeitszeiten am {day}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="297" />
            <source>Example: 09:00-12:30, 13:30-17:30. {night_shift}</source>
            <extracomment>Under the work-hours fields; {night_shift} is a sentence about night shifts.</extracomment>
            <translation>Beispiel: 09:00-12:30, 13:30-17:30. {night_shift}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/widgets.py" line="165" />
            <source>Result</source>
            <extracomment>Heads the choices of a movement check done once (not per side).</extracomment>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/widgets.py" line="168" />
            <source>Left</source>
            <extracomment>Heads the choices for the left side.</extracomment>
            <translation>Links</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/widgets.py" line="168" />
            <source>Right</source>
            <extracomment>Heads the choices for the left side.</extracomment>
            <translation>Rechts</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/widgets.py" line="173" />
            <source>Right {part}</source>
            <extracomment>Heads the choices for the right side; {part} is the body part, such as "leg" or "arm".</extracomment>
            <translation>{part} rechts</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/widgets.py" line="257" />
            <source>Yes</source>
            <extracomment>The answer yes to a health question.</extracomment>
            <translation>Ja</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/widgets.py" line="259" />
            <source>No</source>
            <extracomment>The answer no to a health question.</extracomment>
            <translation>Nein</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/widgets.py" line="171" />
            <source>Left {part}</source>
            <extracomment>Heads the choices for the left side; {part} is the body part, such as "leg" or "arm".</extracomment>
            <translation>{part} links</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/widgets.py" line="105" />
            <source>Drawing: {name}</source>
            <extracomment>What a screen reader says for the drawing of a movement check; {name} is the check's name.</extracomment>
            <translation>Zeichnung: {name}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/widgets.py" line="261" />
            <source>{question} Yes</source>
            <extracomment>What a screen reader says for the yes of a health question; {question} is the question.</extracomment>
            <translation>{question} Ja</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/widgets.py" line="263" />
            <source>{question} No</source>
            <extracomment>What a screen reader says for the no of a health question; {question} is the question.</extracomment>
            <translation>{question} Nein</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/widgets.py" line="214" />
            <source>{side}: {choice}</source>
            <extracomment>A score choice for one side, read out and shown as a tooltip: "Left leg: Easily".</extracomment>
            <translation>{side}: {choice}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/wizard.py" line="122" />
            <source>Self-check</source>
            <extracomment>The self-check wizard's window title.</extracomment>
            <translation>Selbstcheck</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/wizard.py" line="131" />
            <source>&amp;Save and start</source>
            <extracomment>The button that saves the self-check and starts coaching; &amp; marks its access key.</extracomment>
            <translation>&amp;Speichern und starten</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/wizard.py" line="132" />
            <source>&amp;Cancel</source>
            <translation>&amp;Abbrechen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/wizard.py" line="134" />
            <source>&lt; &amp;Back</source>
            <extracomment>The wizard's buttons; &amp; marks the access key, which the pages' own keys must not use.</extracomment>
            <translation>&lt; &amp;Zurück</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/wizard.py" line="135" />
            <source>&amp;Next &gt;</source>
            <translation>&amp;Weiter &gt;</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/wizard.py" line="136" />
            <source>&amp;Finish</source>
            <translation>&amp;Fertig</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="63" />
            <source>This removes your sitting and break history, your routines and exercise results, your screening answers, your exercise levels and paused areas, your settings and Desk Coach's log from this computer; Desk Coach then quits. It cannot be undone; export your data first if you may want it later.

Delete all your data now?</source>
            <translation>Damit werden dein Sitz- und Pausenverlauf, deine Routinen und Übungsergebnisse, deine Antworten im Selbstcheck, deine Übungsstufen und pausierten Bereiche, deine Einstellungen und das Protokoll von Desk Coach von diesem Computer entfernt; danach beendet sich Desk Coach. Das lässt sich nicht rückgängig machen; exportiere deine Daten vorher, falls du sie später noch brauchst.

Alle deine Daten jetzt löschen?</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="119" />
            <source>Settings</source>
            <extracomment>The Settings window's title.</extracomment>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="180" />
            <source>Export my data</source>
            <extracomment>Title of the file dialog that asks where to export the user's data.</extracomment>
            <translation>Meine Daten exportieren</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="183" />
            <source>JSON files (*.json)</source>
            <extracomment>The file type offered by the export's file dialog; keep "(*.json)" as it is.</extracomment>
            <translation>JSON-Dateien (*.json)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="206" />
            <source>Delete all my data?</source>
            <extracomment>Title of the question before deleting everything.</extracomment>
            <translation>Alle meine Daten löschen?</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="212" />
            <source>&amp;Delete everything</source>
            <extracomment>The button that deletes all the user's data; &amp; marks its access key.</extracomment>
            <translation>Alles &amp;löschen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="213" />
            <location filename="../../desk_coach/ui/settings_dialog.py" line="267" />
            <source>&amp;Cancel</source>
            <translation>&amp;Abbrechen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="225" />
            <source>All your data was deleted.</source>
            <translation>Alle deine Daten wurden gelöscht.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="233" />
            <source>Setting groups</source>
            <extracomment>What a screen reader says for the list of setting groups on the left.</extracomment>
            <translation>Einstellungsbereiche</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="236" />
            <source>Settings of the chosen group</source>
            <extracomment>What a screen reader says for the part of Settings that shows the chosen group's settings.</extracomment>
            <translation>Einstellungen des gewählten Bereichs</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="266" />
            <source>&amp;Save</source>
            <extracomment>The Settings window's buttons; &amp; marks each access key, which must differ from the others in the window (Export, Delete).</extracomment>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="268" />
            <source>&amp;Restore Defaults</source>
            <translation>Standard&amp;werte wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="270" />
            <source>Put every setting back to its default; nothing is saved until Save.</source>
            <translation>Setzt jede Einstellung auf ihren Standardwert zurück; gespeichert wird erst mit „Speichern“.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="279" />
            <source>&amp;Export my data…</source>
            <extracomment>A button in Settings; &amp; marks its access key, which must differ from Save, Cancel, Restore, Delete.</extracomment>
            <translation>Meine Daten &amp;exportieren…</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="281" />
            <source>Save everything Desk Coach has recorded about you to a JSON file.</source>
            <translation>Alles, was Desk Coach über dich aufgezeichnet hat, in einer JSON-Datei speichern.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="286" />
            <source>&amp;Delete all my data…</source>
            <extracomment>A button in Settings; &amp; marks its access key, which must differ from Save, Cancel, Restore, Export.</extracomment>
            <translation>Alle meine Daten &amp;löschen…</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="288" />
            <source>Remove everything Desk Coach has recorded about you; asks first.</source>
            <translation>Alles entfernen, was Desk Coach über dich aufgezeichnet hat; fragt vorher nach.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="376" />
            <source>{group}, needs fixing</source>
            <extracomment>What a screen reader says for a group holding a setting that is wrong.</extracomment>
            <translation>{group}, muss korrigiert werden</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="193" />
            <source>Your data could not be exported: {error}</source>
            <extracomment>{error} is the system's reason, such as "Permission denied".</extracomment>
            <translation>Deine Daten konnten nicht exportiert werden: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="222" />
            <source>Your data could not be deleted: {error}</source>
            <extracomment>{error} is the system's reason, such as "Permission denied".</extracomment>
            <translation>Deine Daten konnten nicht gelöscht werden: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="305" />
            <source>{group} settings</source>
            <extracomment>What a screen reader says for a group's heading; {group} is the group's name.</extracomment>
            <translation>Einstellungen: {group}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="405" />
            <source>Your settings could not be saved, so nothing has changed: {error}</source>
            <extracomment>{error} is the system's reason, such as "Permission denied".</extracomment>
            <translation>Deine Einstellungen konnten nicht gespeichert werden, daher hat sich nichts geändert: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="197" />
            <source>Your data was exported to {path}.</source>
            <extracomment>{path} is the file written.</extracomment>
            <translation>Deine Daten wurden nach {path} exportiert.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="425" />
            <source>Your settings were saved, but {app} could not turn on starting at login: {error}</source>
            <extracomment>{app} is Desk Coach's name; {error} the system's reason.</extracomment>
            <translation>Deine Einstellungen wurden gespeichert, aber {app} konnte den Start bei der Anmeldung nicht einschalten: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="431" />
            <source>Your settings were saved, but {app} could not turn off starting at login: {error}</source>
            <extracomment>{app} is Desk Coach's name; {error} the system's reason.</extracomment>
            <translation>Deine Einstellungen wurden gespeichert, aber {app} konnte den Start bei der Anmeldung nicht ausschalten: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="457" />
            <source>A night shift such as 22:00-06:00 goes on the day it starts.</source>
            <extracomment>Work hours are typed as ranges on the 24-hour clock; a night shift belongs to the day it starts.</extracomment>
            <translation>Eine Nachtschicht wie 22:00-06:00 gehört zu dem Tag, an dem sie beginnt.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="52" />
            <source>Desktop notifications</source>
            <extracomment>A way to show reminders (Settings, Notifications).</extracomment>
            <translation>Desktop-Benachrichtigungen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="54" />
            <source>Tray icon balloon</source>
            <extracomment>A way to show reminders (Settings, Notifications).</extracomment>
            <translation>Sprechblase am Symbol im Infobereich</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="56" />
            <source>Screen reader only</source>
            <extracomment>Spoken cues of the guided routine (Settings, Sounds): the lines go to a screen reader only.</extracomment>
            <translation>Nur über den Screenreader</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="59" />
            <source>Aloud when no screen reader runs</source>
            <extracomment>Spoken cues of the guided routine (Settings, Sounds): spoken by the system's speech (a synthetic voice) when no screen reader runs; by the screen reader when one does.</extracomment>
            <translation>Laut, wenn kein Screenreader läuft</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="61" />
            <source>Off</source>
            <extracomment>Spoken cues of the guided routine (Settings, Sounds): no spoken lines at all.</extracomment>
            <translation>Aus</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="63" />
            <source>As in my regional settings</source>
            <extracomment>First day of the week: as the system's regional settings say.</extracomment>
            <translation>Wie in meinen Regionseinstellungen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="65" />
            <source>System language</source>
            <extracomment>The language setting's first choice: follow the system's language.</extracomment>
            <translation>Systemsprache</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="352" />
            <source>Default: off.</source>
            <extracomment>The end of an on/off setting's tooltip.</extracomment>
            <translation>Standard: aus.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="490" />
            <source>Day off (or type e.g. 09:00-12:30, 13:30-17:30)</source>
            <extracomment>Shown in an empty work-hours field of Settings.</extracomment>
            <translation>Freier Tag (oder z. B. 09:00-12:30, 13:30-17:30 eingeben)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="521" />
            <source>{hint} Default: {default}.</source>
            <extracomment>A day's work-hours tooltip: {hint} says how to type the hours, {default} is the default.</extracomment>
            <translation>{hint} Standard: {default}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="295" />
            <source>From {minimum} to {maximum} {unit}. Default: {default} {unit}.</source>
            <extracomment>A number setting's tooltip: "From 20 to 60 minutes. Default: 30 minutes."</extracomment>
            <translation>Von {minimum} bis {maximum} {unit}. Standard: {default} {unit}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="298" />
            <source>From {minimum} to {maximum}. Default: {default}.</source>
            <extracomment>A number setting's tooltip, for a setting without a unit: "From 0 to 2. Default: 1."</extracomment>
            <translation>Von {minimum} bis {maximum}. Standard: {default}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="350" />
            <source>Default: on.</source>
            <extracomment>The end of an on/off setting's tooltip.</extracomment>
            <translation>Standard: ein.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="428" />
            <source>Default: none.</source>
            <extracomment>The end of a list setting's tooltip, when nothing is ticked by default.</extracomment>
            <translation>Standard: nichts.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="464" />
            <source>Clear {field}</source>
            <extracomment>What a screen reader says for the small button that empties a field; {field} is the field's name.</extracomment>
            <translation>Leeren: {field}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="474" />
            <source>Ranges such as 09:00-12:30, 13:30-17:30; leave empty for a day off. {night_shift}</source>
            <extracomment>Tooltip of a day's work-hours field; {night_shift} is a sentence about night shifts.</extracomment>
            <translation>Zeitspannen wie 09:00-12:30, 13:30-17:30; leer lassen für einen freien Tag. {night_shift}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="519" />
            <source>a day off</source>
            <extracomment>A day's default work hours when it has none.</extracomment>
            <translation>ein freier Tag</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="159" />
            <location filename="../../desk_coach/ui/settings_fields.py" line="379" />
            <location filename="../../desk_coach/ui/settings_fields.py" line="429" />
            <source>Default: {value}.</source>
            <extracomment>The end of a setting's tooltip; {value} is its default value.</extracomment>
            <translation>Standard: {value}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="274" />
            <source> {unit}</source>
            <extracomment>After the number in a spin box: " minutes"; {unit} is the setting's unit.</extracomment>
            <translation> {unit}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_form.py" line="42" />
            <source>Breaks</source>
            <extracomment>A group of settings, named in the list on the left of the Settings window.</extracomment>
            <translation>Pausen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_form.py" line="44" />
            <source>Idle</source>
            <extracomment>A group of settings: time away from the keyboard and mouse.</extracomment>
            <translation>Abwesenheit</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_form.py" line="46" />
            <source>Goals</source>
            <extracomment>A group of settings: daily aims for activity and sitting.</extracomment>
            <translation>Ziele</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_form.py" line="48" />
            <source>Snooze</source>
            <extracomment>A group of settings: putting a reminder off for a while.</extracomment>
            <translation>Verschieben</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_form.py" line="50" />
            <source>Typing</source>
            <extracomment>A group of settings: waiting for a pause in typing before a reminder.</extracomment>
            <translation>Tippen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_form.py" line="51" />
            <source>Work hours</source>
            <translation>Arbeitszeiten</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_form.py" line="53" />
            <source>Quiet</source>
            <extracomment>A group of settings: when reminders keep quiet (full screen, camera in use...).</extracomment>
            <translation>Ruhe</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_form.py" line="55" />
            <source>Break screen</source>
            <extracomment>A group of settings: covering every monitor during a break, and strict mode.</extracomment>
            <translation>Pausenbildschirm</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_form.py" line="56" />
            <source>Notifications</source>
            <translation>Benachrichtigungen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_form.py" line="57" />
            <source>Sounds</source>
            <translation>Töne</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_form.py" line="59" />
            <source>Startup</source>
            <extracomment>A group of settings: starting at login.</extracomment>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_form.py" line="61" />
            <source>Summary</source>
            <extracomment>A group of settings: the weekly summary.</extracomment>
            <translation>Wochenrückblick</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_form.py" line="63" />
            <source>Calendar</source>
            <extracomment>A group of settings: how weeks are counted.</extracomment>
            <translation>Kalender</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_form.py" line="65" />
            <source>Coaching</source>
            <extracomment>A group of settings: what the coach may plan with.</extracomment>
            <translation>Coaching</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_form.py" line="67" />
            <source>Language</source>
            <extracomment>A group of settings: the language Desk Coach speaks.</extracomment>
            <translation>Sprache</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_form.py" line="182" />
            <source>Must be at least {value} (as set for “{setting}” under {group}), because {reason}.</source>
            <extracomment>Under a setting that must be at least another one: {value} is the other's value (with its unit), {setting} the other's name, {group} its group, {reason} why, in a few words.</extracomment>
            <translation>Muss mindestens {value} sein (wie für „{setting}“ unter {group} eingestellt), weil {reason}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/ui/settings_form.py" line="118" />
            <source>Save is off until you fix the %n setting(s) marked in red (see {groups}).</source>
            <extracomment>Above the Settings window's buttons; {groups} lists the groups holding those settings.</extracomment>
            <translation>
                <numerusform>Speichern ist gesperrt, bis du die %n rot markierte Einstellung korrigierst (siehe {groups}).</numerusform>
                <numerusform>Speichern ist gesperrt, bis du die %n rot markierten Einstellungen korrigierst (siehe {groups}).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Weekdays</name>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="66" />
            <location filename="../../desk_coach/wording/sentences/week.py" line="100" />
            <source>Monday</source>
            <extracomment>A day's full name, "on Monday".</extracomment>
            <translation>Montag</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="67" />
            <location filename="../../desk_coach/wording/sentences/week.py" line="101" />
            <source>Tuesday</source>
            <translation>Dienstag</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="68" />
            <location filename="../../desk_coach/wording/sentences/week.py" line="102" />
            <source>Wednesday</source>
            <translation>Mittwoch</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="69" />
            <location filename="../../desk_coach/wording/sentences/week.py" line="103" />
            <source>Thursday</source>
            <translation>Donnerstag</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="70" />
            <location filename="../../desk_coach/wording/sentences/week.py" line="104" />
            <source>Friday</source>
            <translation>Freitag</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="71" />
            <location filename="../../desk_coach/wording/sentences/week.py" line="105" />
            <source>Saturday</source>
            <translation>Samstag</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="72" />
            <location filename="../../desk_coach/wording/sentences/week.py" line="106" />
            <source>Sunday</source>
            <translation>Sonntag</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="118" />
            <source>Mon</source>
            <translation>Mo</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="119" />
            <source>Tue</source>
            <translation>Di</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="120" />
            <source>Wed</source>
            <translation>Mi</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="121" />
            <source>Thu</source>
            <translation>Do</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="122" />
            <source>Fri</source>
            <translation>Fr</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="123" />
            <source>Sat</source>
            <translation>Sa</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="124" />
            <source>Sun</source>
            <translation>So</translation>
        </message>
    </context>
    <context>
        <name>Equipment</name>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="74" />
            <source>Desk</source>
            <extracomment>Equipment at hand for breaks.</extracomment>
            <translation>Schreibtisch</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="76" />
            <source>Chair</source>
            <extracomment>Equipment at hand for breaks.</extracomment>
            <translation>Stuhl</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="78" />
            <source>Wall</source>
            <extracomment>Equipment at hand for breaks: a free stretch of wall to lean on.</extracomment>
            <translation>Wand</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="80" />
            <source>Doorway</source>
            <extracomment>Equipment at hand for breaks: a door frame to stretch in.</extracomment>
            <translation>Türrahmen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="82" />
            <source>Mat or rug</source>
            <extracomment>Equipment at hand for breaks: an exercise mat or a rug on the floor.</extracomment>
            <translation>Matte oder Teppich</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="84" />
            <source>Towel</source>
            <extracomment>Equipment at hand for breaks.</extracomment>
            <translation>Handtuch</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="86" />
            <source>Cushion</source>
            <extracomment>Equipment at hand for breaks.</extracomment>
            <translation>Kissen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="88" />
            <source>Resistance band</source>
            <extracomment>Equipment at hand for breaks: an elastic resistance band.</extracomment>
            <translation>Widerstandsband</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="90" />
            <source>Mini band (a small loop)</source>
            <extracomment>Equipment at hand for breaks: a small closed loop of elastic band.</extracomment>
            <translation>Miniband (eine kleine Schlaufe)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="92" />
            <source>Light dumbbell</source>
            <extracomment>Equipment at hand for breaks.</extracomment>
            <translation>Leichte Kurzhantel</translation>
        </message>
    </context>
    <context>
        <name>StatusWindow</name>
        <message>
            <location filename="../../desk_coach/ui/status_window.py" line="40" />
            <source>&amp;Resume reminders</source>
            <extracomment>Status window button: reminders start again. Its mnemonic (&amp;) must differ from those of the tray menu's main entries (Start a break now, Snooze, Skip, Pause, Self-check, Progress, Settings, About, Quit) and of "Status:", all buttons of the same window.</extracomment>
            <translation>Erinnerungen for&amp;tsetzen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/status_window.py" line="88" />
            <source>{app}'s status and everything its tray menu offers.</source>
            <extracomment>What a screen reader says of the status window as it opens; {app} is Desk Coach.</extracomment>
            <translation>Der Status von {app} und alles, was sein Menü im Infobereich bietet.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/status_window.py" line="110" />
            <source>Opens the lengths to put off the break that is due.</source>
            <extracomment>What a screen reader says of the Snooze button: it opens a list of lengths.</extracomment>
            <translation>Öffnet die Zeiten, um die anstehende Pause zu verschieben.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/status_window.py" line="114" />
            <source>Opens the choices: no reminders for a while, or resume them.</source>
            <extracomment>What a screen reader says of the Pause button: it opens a list of choices.</extracomment>
            <translation>Öffnet die Auswahl: eine Weile keine Erinnerungen, oder sie wieder fortsetzen.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/status_window.py" line="97" />
            <source>S&amp;tatus:</source>
            <extracomment>The label of the status window's status line (the tray menu's first line). Its mnemonic (&amp;) must differ from those of the tray menu's main entries, all buttons of the same window.</extracomment>
            <translation>Stat&amp;us:</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/status_window.py" line="100" />
            <source>Status</source>
            <extracomment>What a screen reader calls the status line.</extracomment>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/status_window.py" line="102" />
            <source>Sitting time and the next break, as the tray shows them. Read-only.</source>
            <extracomment>What a screen reader says of the status line: read-only text, read with the arrow keys.</extracomment>
            <translation>Sitzzeit und nächste Pause, wie der Infobereich sie zeigt. Nur lesbar.</translation>
        </message>
    </context>
    <context>
        <name>WayOut</name>
        <message numerus="yes">
            <location filename="../../desk_coach/ui/way_out.py" line="54" />
            <source>Hold Escape for %n second(s) to leave in an emergency</source>
            <extracomment>Shown on a strict break when Escape is pressed or the window is asked to close: how to leave anyway. %n: seconds to hold the key (3 by default).</extracomment>
            <translation>
                <numerusform>Halte Esc %n Sekunde lang gedrückt, um im Notfall zu gehen</numerusform>
                <numerusform>Halte Esc %n Sekunden lang gedrückt, um im Notfall zu gehen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/way_out.py" line="59" />
            <source>Keep holding Escape to leave the break…</source>
            <extracomment>Shown while Escape is held on a strict break, above a bar that fills until the break ends.</extracomment>
            <translation>Halte Esc weiter gedrückt, um die Pause zu verlassen …</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/way_out.py" line="309" />
            <source>Ends the break early; it is recorded as left by the emergency way out.</source>
            <extracomment>Tooltip of the emergency button of a strict break, also what a screen reader says about it.</extracomment>
            <translation>Beendet die Pause vorzeitig; sie wird als über den Notausgang verlassen festgehalten.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/way_out.py" line="235" />
            <source>Emergency way out</source>
            <extracomment>What a screen reader calls the bar that fills while Escape is held on a strict break.</extracomment>
            <translation>Notausgang</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/way_out.py" line="302" />
            <source>Leave now (emergency)</source>
            <extracomment>Button on a strict break, shown after a few seconds: ends the break at once in an emergency.</extracomment>
            <translation>Jetzt gehen (Notfall)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/way_out.py" line="307" />
            <source>Leave the break now, in an emergency</source>
            <extracomment>What a screen reader calls the emergency button of a strict break.</extracomment>
            <translation>Die Pause jetzt verlassen, im Notfall</translation>
        </message>
    </context>
    <context>
        <name>WeekGlance</name>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="133" />
            <source>Days within your daily goal of {goal} (work days so far and days you sat):</source>
            <extracomment>The sitting tile's tooltip, first line: what the days are; {goal} the daily goal, "300 min".</extracomment>
            <translation>Tage innerhalb deines Tagesziels von {goal} (bisherige Arbeitstage und Tage, an denen du gesessen hast):</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="149" />
            <source>Breaks taken</source>
            <extracomment>Tile title: breaks taken, as a share of the breaks that came due.</extracomment>
            <translation>Gemachte Pausen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="151" />
            <source>Each break that came due counts once, by its last answer; a snoozed reminder that comes back is the same break. Breaks you took before a reminder count as due and taken.</source>
            <extracomment>The breaks tile's tooltip: how "breaks due" is counted.</extracomment>
            <translation>Jede fällige Pause zählt einmal, nach deiner letzten Antwort; eine verschobene Erinnerung, die wiederkommt, ist dieselbe Pause. Pausen, die du vor einer Erinnerung gemacht hast, zählen als fällig und gemacht.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="220" />
            <source>Pull : push sets</source>
            <extracomment>Tile title: sets of pulling exercises against sets of pushing ones.</extracomment>
            <translation>Zug- : Drucksätze</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="224" />
            <source>Sets this week — pull: {pull}, push: {push} (a half-done set counts half).</source>
            <extracomment>The pull : push tile's tooltip: the exact sets, {pull} and {push} ("6.5", "3").</extracomment>
            <translation>Sätze diese Woche – Zug: {pull}, Druck: {push} (ein halb gemachter Satz zählt halb).</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="139" />
            <source>Sitting within goal</source>
            <extracomment>Tile title: days that stayed within the daily sitting goal.</extracomment>
            <translation>Sitzen im Ziel</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="205" />
            <source>weekly goal met</source>
            <extracomment>Under a target tile's figure: the weekly goal is reached.</extracomment>
            <translation>Wochenziel erreicht</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="104" />
            <source>{percent} %</source>
            <extracomment>A share in whole percent, "75 %" (write it as your language writes percentages).</extracomment>
            <translation>{percent} %</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="119" />
            <source>Sitting a day</source>
            <extracomment>Tile title: minutes sat a day on average (no daily goal set).</extracomment>
            <translation>Sitzen pro Tag</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="122" />
            <source>on average</source>
            <extracomment>Under the average minutes sat a day.</extracomment>
            <translation>im Durchschnitt</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/ui/week_glance_page.py" line="127" />
            <source>{within} / %n day(s)</source>
            <extracomment>Tile value: days that stayed within the daily sitting goal, of the days counted: "4 / 5 days".</extracomment>
            <translation>
                <numerusform>{within} / %n Tag</numerusform>
                <numerusform>{within} / %n Tage</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="131" />
            <source>within {goal} · average {average}</source>
            <extracomment>Under the sitting tile's figure: {goal} the daily goal ("300 min"), {average} minutes a day on average.</extracomment>
            <translation>höchstens {goal} · Schnitt {average}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="158" />
            <source>none came due</source>
            <extracomment>Under the breaks tile's dash: no break came due in the week.</extracomment>
            <translation>keine war fällig</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/ui/week_glance_page.py" line="160" />
            <source>{taken} of %n due</source>
            <extracomment>Under the breaks tile's percentage: {taken} breaks taken, of %n that came due.</extracomment>
            <translation>
                <numerusform>{taken} von %n fälligen</numerusform>
                <numerusform>{taken} von %n fälligen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/ui/week_glance_page.py" line="163" />
            <source>Of the %n break(s) that came due: {taken} taken, {early} ended early, {skipped} skipped, {put_off} put off and not taken, {waiting} waiting for an answer.</source>
            <extracomment>The breaks tile's tooltip, the exact counts. %n: breaks that came due; {taken}, {early}, {skipped}, {put_off}, {waiting}: how many of them ended each way.</extracomment>
            <translation>
                <numerusform>Von %n fälligen Pause – gemacht: {taken}, früher beendet: {early}, übersprungen: {skipped}, verschoben und nicht gemacht: {put_off}, noch ohne Antwort: {waiting}.</numerusform>
                <numerusform>Von %n fälligen Pausen – gemacht: {taken}, früher beendet: {early}, übersprungen: {skipped}, verschoben und nicht gemacht: {put_off}, noch ohne Antwort: {waiting}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="183" />
            <source>{minutes} / {goal} min</source>
            <extracomment>A target tile's figure: minutes of stretching done this week of the weekly goal, "4 / 5 min" (for a body area stretched on each side, the minutes of one side: the line under it says so).</extracomment>
            <translation>{minutes} / {goal} Min.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="191" />
            <source>each side, goal met</source>
            <extracomment>Under a target tile's figure for a body area stretched on each side (left and right): the weekly goal, counted on one side, is reached.</extracomment>
            <translation>pro Seite, Ziel erreicht</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="211" />
            <source>{minutes} this week of a weekly goal of {goal}</source>
            <extracomment>A target tile's tooltip: {minutes} the exact time this week ("5 min 48 s"), {goal} the weekly goal ("5 min").</extracomment>
            <translation>{minutes} diese Woche von einem Wochenziel von {goal}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="222" />
            <source>aim {ratio} : 1 or more</source>
            <extracomment>Under the pull : push figure: the balance the plan asks for, "aim 2 : 1 or more".</extracomment>
            <translation>Ziel: {ratio} : 1 oder mehr</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="199" />
            <source>{minutes} of stretching on each side this week, of a weekly goal of {goal} a side</source>
            <extracomment>A target tile's tooltip, for a body area stretched on each side: {minutes} the exact time on one side this week ("4 min 12 s"), {goal} the weekly goal on each side ("5 min").</extracomment>
            <translation>Diese Woche {minutes} Dehnen pro Seite, bei einem Wochenziel von {goal} pro Seite</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="208" />
            <source>{minutes} to go</source>
            <extracomment>Under a target tile's figure: minutes still to do this week, "2 min to go".</extracomment>
            <translation>noch {minutes}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="77" />
            <source>Your exercise levels now</source>
            <extracomment>Heading of the list of the user's current exercise levels, one per body area.</extracomment>
            <translation>Deine Übungsstufen jetzt</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="80" />
            <source>Your exercise levels at the end of this week</source>
            <extracomment>Heading of the list of the user's exercise levels at the end of a past week shown.</extracomment>
            <translation>Deine Übungsstufen am Ende dieser Woche</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="85" />
            <source>Changed this week</source>
            <translation>Diese Woche geändert</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="88" />
            <source>No level changed this week.</source>
            <extracomment>In place of the list of level changes, when the coach changed none in the week shown.</extracomment>
            <translation>Diese Woche hat sich keine Stufe geändert.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="111" />
            <source>{day}: {minutes}</source>
            <extracomment>A line of the sitting tile's tooltip: {day} "Mon 23 Nov", {minutes} minutes sat, "282 min".</extracomment>
            <translation>{day}: {minutes}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="195" />
            <source>each side, {minutes} to go</source>
            <extracomment>Under a target tile's figure for a body area stretched on each side (left and right): minutes still to do on each side this week, {minutes} "1 min".</extracomment>
            <translation>pro Seite, noch {minutes}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="57" />
            <source>{target}: {exercise}, step {step} of {steps}</source>
            <extracomment>A line under "Your exercise levels": {target} "Hip flexors", {exercise} the exercise's name, {step} and {steps} its rung on the ladder of easier and harder versions, 1 the easiest.</extracomment>
            <translation>{target}: {exercise}, Stufe {step} von {steps}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="67" />
            <source>{day}: {change}</source>
            <extracomment>A line under "Changed this week": {day} "Tue 24 Nov", {change} what the coach changed and why.</extracomment>
            <translation>{day}: {change}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/glance.py" line="12" />
            <source>Nothing recorded this week yet — your figures appear here as you work.</source>
            <extracomment>The coach's summary of the current week before anything was recorded.</extracomment>
            <translation>Diese Woche ist noch nichts aufgezeichnet – deine Werte erscheinen hier, während du arbeitest.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/glance.py" line="16" />
            <source>Nothing was recorded in this week.</source>
            <extracomment>The coach's summary of a past week in which nothing was recorded.</extracomment>
            <translation>In dieser Woche wurde nichts aufgezeichnet.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/glance.py" line="18" />
            <source>You sat {average} min a day on average.</source>
            <extracomment>The coach's summary, about sitting, when no daily sitting goal is set. {average}: minutes.</extracomment>
            <translation>Du hast im Schnitt {average} Min. pro Tag gesessen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/glance.py" line="22" />
            <source>You stayed within your {goal} min sitting goal on {within} of %n day(s), {average} min a day on average.</source>
            <extracomment>The coach's summary, about sitting: every day stayed within the daily goal. %n: the days counted (work days so far and days with sitting), also in {within}; {goal}: the daily goal in minutes; {average}: minutes a day on average.</extracomment>
            <translation>
                <numerusform>Du bist an {within} von %n Tag innerhalb deines Sitzziels von {goal} Min. geblieben, im Schnitt {average} Min. pro Tag.</numerusform>
                <numerusform>Du bist an {within} von %n Tagen innerhalb deines Sitzziels von {goal} Min. geblieben, im Schnitt {average} Min. pro Tag.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/glance.py" line="31" />
            <source>You stayed within your {goal} min sitting goal on {within} of %n day(s); {weekday} went {over} min over.</source>
            <extracomment>The coach's summary, about sitting: {within} of %n days stayed within the goal of {goal} minutes; {weekday} ("Tuesday") went furthest over, by {over} minutes.</extracomment>
            <translation>
                <numerusform>Du bist an {within} von %n Tag innerhalb deines Sitzziels von {goal} Min. geblieben; am {weekday} waren es {over} Min. mehr.</numerusform>
                <numerusform>Du bist an {within} von %n Tagen innerhalb deines Sitzziels von {goal} Min. geblieben; am {weekday} waren es {over} Min. mehr.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/glance.py" line="39" />
            <source>No break came due.</source>
            <extracomment>The coach's summary, about breaks, when no break came due.</extracomment>
            <translation>Es war keine Pause fällig.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/glance.py" line="42" />
            <source>You took {taken} of the %n break(s) that came due ({percent} %).</source>
            <extracomment>The coach's summary, about breaks. %n: breaks that came due; {taken}: how many were taken; {percent}: the share taken, a whole number ("75").</extracomment>
            <translation>
                <numerusform>Du hast {taken} von %n fälligen Pause gemacht ({percent} %).</numerusform>
                <numerusform>Du hast {taken} von %n fälligen Pausen gemacht ({percent} %).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/glance.py" line="47" />
            <source>{target} {minutes} of {goal} min, goal met</source>
            <extracomment>Inside the coach's summary: a body area reached its weekly stretching goal. {target}: "hip flexors"; {minutes}: minutes done; {goal}: the weekly goal in minutes.</extracomment>
            <translation>{target} {minutes} von {goal} Min., Ziel erreicht</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/glance.py" line="50" />
            <source>{target} {minutes} of {goal} min, {short} min to go</source>
            <extracomment>Inside the coach's summary: a body area is short of its weekly stretching goal. {target}: "chest"; {minutes}: minutes done ("1.5"); {goal}: the weekly goal; {short}: minutes still to do.</extracomment>
            <translation>{target} {minutes} von {goal} Min., noch {short} Min. offen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/glance.py" line="54" />
            <source>{target} {minutes} of {goal} min each side, goal met</source>
            <extracomment>Inside the coach's summary: a body area stretched on each side (left and right) reached its weekly goal, counted on one side. {target}: "hip flexors"; {minutes}: minutes done on each side; {goal}: the weekly goal in minutes, each side.</extracomment>
            <translation>{target} {minutes} von {goal} Min. pro Seite, Ziel erreicht</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/glance.py" line="60" />
            <source>{target} {minutes} of {goal} min each side, {short} min to go</source>
            <extracomment>Inside the coach's summary: a body area stretched on each side is short of its weekly goal. {target}: "hip flexors"; {minutes}: minutes done on each side ("4"); {goal}: the weekly goal in minutes, each side; {short}: minutes still to do on each side.</extracomment>
            <translation>{target} {minutes} von {goal} Min. pro Seite, noch {short} Min. offen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/glance.py" line="65" />
            <source>Stretching this week: {goals}.</source>
            <extracomment>The coach's summary, about stretching: the body areas with a weekly goal, e.g. "hip flexors 6 of 5 min, goal met; chest 3 of 5 min, 2 min to go".</extracomment>
            <translation>Dehnen diese Woche: {goals}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/glance.py" line="67" />
            <source>Stretching this week: {goals}. {balance}</source>
            <extracomment>The coach's summary, about stretching, then the pull : push sentence in {balance}.</extracomment>
            <translation>Dehnen diese Woche: {goals}. {balance}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/glance.py" line="70" />
            <source>Pull : push {pull} : {push} — on track (at least {ratio} : 1).</source>
            <extracomment>The coach's summary: sets of pulling exercises against pushing ones, "6 : 3", which keeps the balance the plan asks for ({ratio} : 1, e.g. "2 : 1").</extracomment>
            <translation>Zug : Druck {pull} : {push} – auf Kurs (mindestens {ratio} : 1).</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/glance.py" line="75" />
            <source>Pull : push {pull} : {push} — a few more pulling sets would bring it to {ratio} : 1.</source>
            <extracomment>The coach's summary: sets of pulling exercises against pushing ones, "2 : 3", below the balance the plan asks for ({ratio} : 1); said as gentle advice.</extracomment>
            <translation>Zug : Druck {pull} : {push} – ein paar Zug-Sätze mehr bringen es auf {ratio} : 1.</translation>
        </message>
    </context>
    <context>
        <name>PlanReasons</name>
        <message>
            <location filename="../../desk_coach/wording/check_names.py" line="34" />
            <source>lower</source>
            <comment>check names inside a sentence</comment>
            <extracomment>Not shown: write "lower" if, in your language, the name of a movement check (a title such as "Front-of-hip check") starts with a small letter inside a sentence (English, Spanish), or "keep" if it keeps its capital letter (German nouns).</extracomment>
            <translation>keep</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/check_names.py" line="30" />
            <source>check {id}</source>
            <extracomment>A movement check the self-check no longer has, named by its id ("check S7").</extracomment>
            <translation>Check {id}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/plan.py" line="30" />
            <source>%n time(s) a week</source>
            <extracomment>How often something comes, inside a plan's reason, for other numbers of days a week.</extracomment>
            <translation>
                <numerusform>%n-mal pro Woche</numerusform>
                <numerusform>%n-mal pro Woche</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/plan.py" line="42" />
            <source>A pushing move once a week keeps the shoulder blades moving both ways, with %n time(s) as many pulls to balance it.</source>
            <extracomment>As "with twice as many pulls", for another ratio of pulls to pushes (%n: the ratio).</extracomment>
            <translation>
                <numerusform>Eine Drückübung einmal pro Woche hält die Schulterblätter in beide Richtungen beweglich, mit genauso vielen Zugübungen als Ausgleich.</numerusform>
                <numerusform>Eine Drückübung einmal pro Woche hält die Schulterblätter in beide Richtungen beweglich, mit %n-mal so vielen Zugübungen als Ausgleich.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/plan.py" line="58" />
            <source>This extra pulling move keeps this week's pulls at %n time(s) as many as the pushes.</source>
            <extracomment>As "twice as many", for another ratio of pulls to pushes (%n: the ratio).</extracomment>
            <translation>
                <numerusform>Diese zusätzliche Zugübung sorgt dafür, dass du diese Woche genauso viele Zug- wie Drückübungen machst.</numerusform>
                <numerusform>Diese zusätzliche Zugübung sorgt dafür, dass du diese Woche %n-mal so viele Zug- wie Drückübungen machst.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/plan.py" line="74" />
            <source>This pulling move builds up the pulls for this week's pushing move (%n time(s) as many).</source>
            <extracomment>As "(twice as many)", for another ratio of pulls to pushes (%n: the ratio).</extracomment>
            <translation>
                <numerusform>Diese Zugübung schafft schon den Ausgleich für die Drückübung dieser Woche (genauso viele Zug- wie Drückübungen).</numerusform>
                <numerusform>Diese Zugübung schafft schon den Ausgleich für die Drückübung dieser Woche (%n-mal so viele Zug- wie Drückübungen).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="22" />
            <source>once a week</source>
            <extracomment>How often something comes, inside a plan's reason: "... so it comes once a week."</extracomment>
            <translation>einmal pro Woche</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="25" />
            <source>twice a week</source>
            <extracomment>How often something comes, inside a plan's reason: "... so it comes twice a week."</extracomment>
            <translation>zweimal pro Woche</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="28" />
            <source>three times a week</source>
            <extracomment>How often something comes, inside a plan's reason: "... so it comes three times a week."</extracomment>
            <translation>dreimal pro Woche</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="36" />
            <source>A pushing move once a week keeps the shoulder blades moving both ways, with twice as many pulls to balance it.</source>
            <extracomment>Why a push-up-like move is in today's routine; it comes with pulling moves (rows).</extracomment>
            <translation>Eine Drückübung einmal pro Woche hält die Schulterblätter in beide Richtungen beweglich, mit doppelt so vielen Zugübungen als Ausgleich.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="54" />
            <source>This extra pulling move keeps this week's pulls at twice as many as the pushes.</source>
            <extracomment>Why an extra pulling move (a row) is in today's routine.</extracomment>
            <translation>Diese zusätzliche Zugübung sorgt dafür, dass du diese Woche doppelt so viele Zug- wie Drückübungen machst.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="69" />
            <source>This pulling move builds up the pulls for this week's pushing move (twice as many).</source>
            <extracomment>Why a pulling move is in today's routine: this week's pushing move is still to come.</extracomment>
            <translation>Diese Zugübung schafft schon den Ausgleich für die Drückübung dieser Woche (doppelt so viele Zug- wie Drückübungen).</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="84" />
            <source>daily</source>
            <extracomment>How often something comes, inside a plan's reason: "... so this stretch comes daily."</extracomment>
            <translation>täglich</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="87" />
            <source>Long hours of sitting tend to stiffen the {target}, so this stretch comes daily until you take the movement check.</source>
            <extracomment>Why a stretch is in the plan before the movement check. {target}: a body area ("hip flexors").</extracomment>
            <translation>Langes Sitzen macht diesen Bereich ({target}) oft steif, deshalb kommt diese Dehnung täglich, bis du den Bewegungscheck gemacht hast.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="94" />
            <source>Your {checks} showed {tightness}, so this stretch comes {often}.</source>
            <extracomment>Why a stretch is in the plan. {checks}: names of movement checks ("front-of-hip check"); {tightness}: what they showed ("tight hip flexors"); {often}: "daily", "twice a week".</extracomment>
            <translation>Dein Bewegungscheck ({checks}) hat {tightness} gezeigt, deshalb kommt diese Dehnung {often}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="99" />
            <source>Your {checks} showed room to build strength, so {target} work comes {often}.</source>
            <extracomment>Why strength work is in the plan. {checks}: names of movement checks; {target}: a body area before a noun ("glute"); {often}: "three times a week".</extracomment>
            <translation>Dein Bewegungscheck ({checks}) hat gezeigt, dass du hier Kraft aufbauen kannst, deshalb kommen {target}-Kraftübungen {often}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="104" />
            <source>Your {checks} suggested this move, so it comes {often}.</source>
            <extracomment>Why a named exercise (chin tucks) is in the plan. {checks}: names of movement checks; {often}: "daily".</extracomment>
            <translation>Dein Bewegungscheck ({checks}) spricht für diese Übung, deshalb kommt sie {often}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="109" />
            <source>You are flexible already, so a {target} stretch {often} is plenty and strength work comes first.</source>
            <extracomment>Why a stretch comes only now and then for a flexible person. {target}: a body area before a noun ("hip-flexor"); {often}: "twice a week".</extracomment>
            <translation>Du bist schon beweglich, deshalb reicht eine {target}-Dehnung {often}, und Kraftübungen kommen zuerst.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="115" />
            <source>Your {checks} looked fine, so a {target} stretch {often} keeps it that way.</source>
            <extracomment>Why a stretch comes now and then. {checks}: names of movement checks; {target}: a body area before a noun ("chest"); {often}: "twice a week".</extracomment>
            <translation>Dein Bewegungscheck ({checks}) sah gut aus, und eine {target}-Dehnung {often} sorgt dafür, dass es so bleibt.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="119" />
            <source>A {target} stretch {often} keeps things moving.</source>
            <extracomment>Why a stretch comes now and then. {target}: a body area before a noun; {often}: "twice a week".</extracomment>
            <translation>Eine {target}-Dehnung {often} hält dich beweglich.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="124" />
            <source>Flexible joints do best with strength around them, so {target} work comes {often}.</source>
            <extracomment>Why strength work comes for a flexible person. {target}: a body area before a noun ("glute"); {often}: "three times a week".</extracomment>
            <translation>Bewegliche Gelenke profitieren von Kraft rundherum, deshalb kommen {target}-Kraftübungen {often}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="129" />
            <source>{target} strength work {often} keeps that strength up.</source>
            <extracomment>Why strength work comes now and then. {target}: a body area before a noun, starting the sentence ("Glute"); {often}: "twice a week".</extracomment>
            <translation>{target}-Kraftübungen {often} erhalten diese Kraft.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="133" />
            <source>A quick {target} stretch to break up sitting.</source>
            <extracomment>Why a stretch is in a short break. {target}: a body area before a noun ("neck").</extracomment>
            <translation>Eine kurze {target}-Dehnung, um das Sitzen zu unterbrechen.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="137" />
            <source>A quick {target} move to break up sitting.</source>
            <extracomment>Why a strength move is in a short break. {target}: a body area before a noun ("upper-back").</extracomment>
            <translation>Eine kurze {target}-Übung, um das Sitzen zu unterbrechen.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="140" />
            <source>Your {target} stretching is at {minutes} of this week's {goal} minutes, so a stretch comes in this break too.</source>
            <extracomment>Why a stretch is in a short break too. {target}: a body area before a noun ("hip-flexor"); {minutes}: minutes stretched this week; {goal}: the week's goal in minutes.</extracomment>
            <translation>Deine {target}-Dehnungen stehen bei {minutes} von {goal} Minuten dieser Woche, deshalb kommt auch in dieser Pause eine Dehnung.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="146" />
            <source>A quick mobility move to break up sitting.</source>
            <extracomment>Why a mobility move (a gentle movement drill) is in a short break.</extracomment>
            <translation>Eine kurze Mobilisationsübung, um das Sitzen zu unterbrechen.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="148" />
            <source>A pulling move goes with every chest stretch, to balance the front and back of your shoulders.</source>
            <extracomment>Why a pulling move (a row) comes with a chest stretch.</extracomment>
            <translation>Zu jeder Brustdehnung gehört eine Zugübung, als Ausgleich zwischen Vorder- und Rückseite deiner Schultern.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="156" />
            <source>A gentle mobility move to round off the routine.</source>
            <extracomment>Why a mobility move ends the daily routine.</extracomment>
            <translation>Eine sanfte Mobilisationsübung zum Abschluss der Routine.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="160" />
            <source>An extra move on offer, since you have kept up your breaks: skip it if you'd rather not.</source>
            <extracomment>Why the last move of a routine is offered as an extra the user may skip.</extracomment>
            <translation>Eine zusätzliche Übung als Angebot, weil du deine Pausen eingehalten hast: Lass sie ruhig weg, wenn du magst.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="165" />
            <source>Getting up for a short, easy walk is a simple way to break up sitting.</source>
            <extracomment>Why a break is a walk.</extracomment>
            <translation>Für einen kurzen, lockeren Spaziergang aufzustehen ist eine einfache Art, das Sitzen zu unterbrechen.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="169" />
            <source>A walk keeps you moving while exercises are on hold.</source>
            <extracomment>Why a break is a walk while exercises are on hold (health answers, or coaching not set up).</extracomment>
            <translation>Ein Spaziergang hält dich in Bewegung, solange die Übungen pausieren.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="173" />
            <source>Done.</source>
            <extracomment>The reason of an exercise already done, in the week's programme (desk-coach plan --week --json).</extracomment>
            <translation>Erledigt.</translation>
        </message>
    </context>
    <context>
        <name>Months</name>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="131" />
            <source>Jan</source>
            <translation>Jan.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="132" />
            <source>Feb</source>
            <translation>Feb.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="133" />
            <source>Mar</source>
            <translation>März</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="134" />
            <source>Apr</source>
            <translation>Apr.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="136" />
            <source>May</source>
            <comment>short</comment>
            <extracomment>The month of May, short (as "Jan", "Feb").</extracomment>
            <translation>Mai</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="137" />
            <source>Jun</source>
            <translation>Juni</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="138" />
            <source>Jul</source>
            <translation>Juli</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="139" />
            <source>Aug</source>
            <translation>Aug.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="140" />
            <source>Sep</source>
            <translation>Sept.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="141" />
            <source>Oct</source>
            <translation>Okt.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="142" />
            <source>Nov</source>
            <translation>Nov.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="143" />
            <source>Dec</source>
            <translation>Dez.</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="150" />
            <source>{weekday} {day} {month}</source>
            <extracomment>A day in short: weekday, day of the month, month: "Mon 23 Nov".</extracomment>
            <translation>{weekday}, {day}. {month}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="158" />
            <source>{first} to {last} {year}</source>
            <extracomment>A week's days, first to last, and the year: "Mon 23 Nov to Sun 29 Nov 2026".</extracomment>
            <translation>{first} bis {last} {year}</translation>
        </message>
    </context>
    <context>
        <name>Doses</name>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/figures.py" line="40" />
            <source>%n set(s) of {reps}</source>
            <extracomment>A strength dose: sets of repetitions, "3 sets of 12".</extracomment>
            <translation>
                <numerusform>%n Satz mit {reps} Wiederholungen</numerusform>
                <numerusform>%n Sätze mit je {reps} Wiederholungen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="53" />
            <source>{dose} each side</source>
            <extracomment>A dose done on the left and on the right: "3 sets of 12 each side".</extracomment>
            <translation>{dose} pro Seite</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="43" />
            <source>{seconds} s hold</source>
            <extracomment>One held stretch, in seconds: "30 s hold".</extracomment>
            <translation>{seconds} Sek. halten</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="46" />
            <source>{holds} {times} {seconds} s</source>
            <extracomment>Several holds: two holds of 30 seconds, with the times sign between.</extracomment>
            <translation>{holds} {times} {seconds} Sek.</translation>
        </message>
    </context>
    <context>
        <name>Plan</name>
        <message>
            <location filename="../../desk_coach/wording/plan_words.py" line="49" />
            <source>{title} ({duration}):</source>
            <extracomment>A plan's heading: {title} ("Daily routine") and how long it takes ("about 6 min").</extracomment>
            <translation>{title} ({duration}):</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/plan_words.py" line="44" />
            <source>Daily routine</source>
            <extracomment>The heading of today's longer routine in a plan.</extracomment>
            <translation>Tägliche Routine</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/plan_words.py" line="47" />
            <source>Micro-break</source>
            <extracomment>The heading of a short break's plan.</extracomment>
            <translation>Kurzpause</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/plan_words.py" line="30" />
            <source>{seconds} s</source>
            <extracomment>A short walk's length in seconds, in a plan: "Walk break: 30 s."</extracomment>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/plan_words.py" line="53" />
            <source>Nothing planned.</source>
            <extracomment>A plan without any exercise.</extracomment>
            <translation>Nichts geplant.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/plan_words.py" line="58" />
            <source>{position}. {name}: {dose}. {reason}</source>
            <extracomment>One exercise of a plan: its {position}, {name}, {dose} ("3 sets of 12 each side") and {reason} (why it is in the plan, a sentence).</extracomment>
            <translation>{position}. {name}: {dose}. {reason}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/plan_words.py" line="67" />
            <source>Goes with: {partner}.</source>
            <extracomment>After an exercise of a plan: the exercise it is paired with ({partner}).</extracomment>
            <translation>Gehört zu: {partner}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/plan_words.py" line="73" />
            <source>Note: {note}</source>
            <extracomment>Under a plan: why it is as it is ({note}: one or more sentences).</extracomment>
            <translation>Hinweis: {note}</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <location filename="../../desk_coach/wording/problems.py" line="29" />
            <source>{file}: {finding}</source>
            <extracomment>{file} is the data file's name or path, {finding} what is wrong in it.</extracomment>
            <translation>{file}: {finding}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/problems.py" line="19" />
            <source>field '{field}'</source>
            <extracomment>Names a field of a data file in a problem; {field} is its dotted name ("breaks.sit_interval_min").</extracomment>
            <translation>Feld '{field}'</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/problems.py" line="23" />
            <source>{where}: {detail}</source>
            <extracomment>{where} is the entry and field ("exercise C1, field 'dose.reps'"), {detail} what is wrong there.</extracomment>
            <translation>{where}: {detail}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/problems.py" line="32" />
            <source>{finding}; {outcome}</source>
            <extracomment>{finding} is what is wrong in a file, {outcome} what Desk Coach does instead.</extracomment>
            <translation>{finding}; {outcome}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="17" />
            <source>{value} is not {allowed}</source>
            <extracomment>What is wrong with a value in a data file: "5 is not a whole number from 20 to 60".</extracomment>
            <translation>{value} passt nicht, erlaubt ist {allowed}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="19" />
            <source>{value} is {kind}, not {allowed}</source>
            <extracomment>"\"30\" is text, not a whole number from 20 to 60"; {kind} is what sort of value it is.</extracomment>
            <translation>{value} ist {kind}, erlaubt ist {allowed}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="21" />
            <source>a {type}</source>
            <extracomment>A sort of value with no name of its own; {type} is a programming name for it.</extracomment>
            <translation>ein Wert vom Typ {type}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="22" />
            <source>{value} is empty, not text to show</source>
            <translation>{value} ist leer, kein Text zum Anzeigen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="24" />
            <source>item {number}: {what}</source>
            <extracomment>The item of a list at fault: "item 2: ..."; {what} says what is wrong with it.</extracomment>
            <translation>Eintrag {number}: {what}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="25" />
            <source>{value} names the same thing twice</source>
            <translation>{value} nennt dasselbe zweimal</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="27" />
            <source>{value} is used by an earlier {noun} too</source>
            <extracomment>{value} is an id; {noun} what it names ("question", "item").</extracomment>
            <translation>{value} wird schon von einem früheren Eintrag ({noun}) verwendet</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="29" />
            <source>missing</source>
            <extracomment>A field that a data file must have but left out.</extracomment>
            <translation>fehlt</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="31" />
            <source>missing (needs {allowed})</source>
            <extracomment>A field that a data file must have but left out, and what it needs: "missing (needs text)".</extracomment>
            <translation>fehlt (nötig ist {allowed})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="32" />
            <source>not a field Desk Coach knows</source>
            <translation>kein Feld, das Desk Coach kennt</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="34" />
            <source>not part of a {kind} dose</source>
            <extracomment>A field of an exercise's dose its kind of dose does not have; {kind} is "hold", "reps" or "timed".</extracomment>
            <translation>gehört nicht zu einer Dosis vom Typ {kind}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="36" />
            <source>missing (a {kind} dose needs {needs})</source>
            <extracomment>{kind} is "hold", "reps" or "timed"; {needs} lists the fields it needs ("hold_s and reps").</extracomment>
            <translation>fehlt (eine Dosis vom Typ {kind} braucht {needs})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="38" />
            <source>missing (a setting of type {kind} needs it)</source>
            <extracomment>In the settings' schema (a file of the app): {kind} is a type of setting ("int").</extracomment>
            <translation>fehlt (eine Einstellung vom Typ {kind} braucht es)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="42" />
            <source>a positive whole number</source>
            <extracomment>What a field of a data file allows.</extracomment>
            <translation>eine positive ganze Zahl</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="43" />
            <location filename="../../desk_coach/wording/sentences/files.py" line="326" />
            <source>a whole number</source>
            <translation>eine ganze Zahl</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="44" />
            <source>a whole number of at least {low}</source>
            <translation>eine ganze Zahl von mindestens {low}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="45" />
            <source>a whole number from {low} to {high}</source>
            <translation>eine ganze Zahl von {low} bis {high}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="47" />
            <source>{allowed} ({unit})</source>
            <extracomment>What a field allows, and its unit: "a whole number from 20 to 60 (minutes)".</extracomment>
            <translation>{allowed} ({unit})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="49" />
            <source>true or false</source>
            <extracomment>What a field allows; "true" and "false" are the words of the file, keep them.</extracomment>
            <translation>true oder false</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="51" />
            <source>text</source>
            <extracomment>What a field allows: any text.</extracomment>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="53" />
            <source>a known {noun} (one of {names})</source>
            <extracomment>{names} lists the allowed values as the file writes them.</extracomment>
            <translation>ein bekannter Wert für {noun} (einer von {names})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="55" />
            <source>a known {noun} ({listed})</source>
            <extracomment>{listed} says where the allowed values are listed.</extracomment>
            <translation>ein bekannter Wert für {noun} ({listed})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="57" />
            <source>{allowed} or null</source>
            <extracomment>"null" is the file's word for "nothing", keep it.</extracomment>
            <translation>{allowed} oder null</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="58" />
            <source>a list of {noun}</source>
            <translation>eine Liste ({noun})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="59" />
            <source>a list of {least} or more {noun}</source>
            <translation>eine Liste ({noun}, mindestens {least})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="60" />
            <source>a list of {least} to {most} {noun}</source>
            <translation>eine Liste ({noun}, {least} bis {most})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="61" />
            <source>a list of {least} {noun}</source>
            <translation>eine Liste ({noun}, genau {least})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="63" />
            <source>a relative resource path ending in {suffixes}, such as "{example}"</source>
            <extracomment>{suffixes} are file endings (".svg or .png"), {example} a path.</extracomment>
            <translation>ein relativer Ressourcenpfad mit der Endung {suffixes}, etwa "{example}"</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="66" />
            <location filename="../../desk_coach/wording/sentences/files.py" line="331" />
            <source>a table</source>
            <translation>eine Tabelle</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="68" />
            <source>line {line} holds bytes that are not UTF-8 text</source>
            <extracomment>Why a file cannot be read; {line} is a line number.</extracomment>
            <translation>Zeile {line} enthält Bytes, die kein UTF-8-Text sind</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="70" />
            <source>{why}, so the file cannot be read</source>
            <extracomment>{why} says where the file is not text ("line 3 holds bytes that are not UTF-8 text").</extracomment>
            <translation>{why}, daher kann die Datei nicht gelesen werden</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="72" />
            <source>this is a folder, not a {noun}</source>
            <extracomment>{noun} is the kind of file expected ("settings file").</extracomment>
            <translation>das ist ein Ordner, keine {noun}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="73" />
            <source>Desk Coach is not allowed to read this file (permission denied)</source>
            <translation>Desk Coach darf diese Datei nicht lesen (Zugriff verweigert)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="77" />
            <source>the file could not be read ({error})</source>
            <extracomment>{error} is the system's reason.</extracomment>
            <translation>die Datei konnte nicht gelesen werden ({error})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="79" />
            <source>this is not valid TOML at {where} (the parser says: {detail})</source>
            <extracomment>{where} is a place in the file ("line 3, column 7"); {detail} the TOML parser's own words (English).</extracomment>
            <translation>das ist kein gültiges TOML bei {where} (der Parser meldet: {detail})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="82" />
            <source>line {line}, column {column}</source>
            <translation>Zeile {line}, Spalte {column}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="83" />
            <source>the end of the file, line {line}, column {column}</source>
            <translation>dem Ende der Datei, Zeile {line}, Spalte {column}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="85" />
            <source>{file}: {what}</source>
            <extracomment>A problem of a file the user gave: {file} is its path, {what} what is wrong.</extracomment>
            <translation>{file}: {what}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="86" />
            <source>there is no such file</source>
            <translation>diese Datei gibt es nicht</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="87" />
            <source>this is not a regular file (a pipe, a device or a socket)</source>
            <translation>das ist keine gewöhnliche Datei (eine Pipe, ein Gerät oder ein Socket)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="91" />
            <source>the file is {size} MiB; a trainer's file may be at most {limit}</source>
            <extracomment>A trainer's file that is too big: {size} is its size in MiB ("1.5"), {limit} the limit ("1 MiB").</extracomment>
            <translation>die Datei ist {size} MiB groß; die Datei einer Trainerin oder eines Trainers darf höchstens {limit} groß sein</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="95" />
            <source>not valid JSON at line {line}, column {column}: {detail}</source>
            <extracomment>{detail} is the JSON parser's own words (English).</extracomment>
            <translation>kein gültiges JSON in Zeile {line}, Spalte {column}: {detail}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="99" />
            <source>not valid JSON: {detail}</source>
            <extracomment>{detail} is the JSON parser's own words (English).</extracomment>
            <translation>kein gültiges JSON: {detail}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="101" />
            <source>not valid JSON: {name} is not a JSON number</source>
            <extracomment>{name} is a word such as NaN or Infinity, as written in the file.</extracomment>
            <translation>kein gültiges JSON: {name} ist keine JSON-Zahl</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="103" />
            <source>the escape stands for no character (half of a pair)</source>
            <extracomment>An escape in a JSON file (such as \ud800) that stands for half a character only.</extracomment>
            <translation>die Escape-Sequenz steht für kein Zeichen (die Hälfte eines Paars)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="105" />
            <source>{where}: the escape {escape} stands for no character (half of a pair)</source>
            <extracomment>{where} is a place in the file ("line 3, column 7"), {escape} the escape as written (\ud800).</extracomment>
            <translation>{where}: die Escape-Sequenz {escape} steht für kein Zeichen (die Hälfte eines Paars)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="109" />
            <source>nested too deeply at line {line}, column {column} (a trainer's file needs at most {levels} levels of [ and {{)</source>
            <extracomment>{levels} is a number; "[ and {{" are the characters that open a level (write "{{" for "{").</extracomment>
            <translation>zu tief verschachtelt in Zeile {line}, Spalte {column} (die Datei einer Trainerin oder eines Trainers braucht höchstens {levels} Ebenen aus [ und {{)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="115" />
            <source>{where}: a number {digits} digits long; numbers here are short</source>
            <extracomment>{where} is a place in the file ("line 3, column 7"), {digits} a number of digits.</extracomment>
            <translation>{where}: eine Zahl mit {digits} Ziffern; Zahlen sind hier kurz</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="119" />
            <source>{value} has a bad placeholder {error} (allowed here: {allowed})</source>
            <extracomment>In the self-check's content (an app file): {error} is the placeholder at fault, {allowed} allowed ones</extracomment>
            <translation>{value} hat einen falschen Platzhalter {error} (hier erlaubt: {allowed})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="122" />
            <source>a TOML document of tables</source>
            <translation>ein TOML-Dokument aus Tabellen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="123" />
            <source>only prompt questions pause regions; leave it empty</source>
            <translation>nur prompt-Fragen pausieren Körperbereiche; lass es leer</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="127" />
            <source>no question of the {tier} tier</source>
            <extracomment>{tier} is a tier of red-flag questions as the file writes it ("emergency").</extracomment>
            <translation>keine Frage der Stufe {tier}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="128" />
            <source>"" is empty: an item done on each side names the side</source>
            <translation>"" ist leer: ein Eintrag, der auf jeder Seite gemacht wird, nennt die Seite</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="132" />
            <source>a table with score and text</source>
            <extracomment>"score" and "text" are names of fields, keep them.</extracomment>
            <translation>eine Tabelle mit score und text</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="134" />
            <source>scores must be 2, 1, 0 (or 3, 2, 1, 0), highest first; found {scores}</source>
            <extracomment>{scores} are the scores found, as a list ("[2, 1]").</extracomment>
            <translation>Werte müssen 2, 1, 0 (oder 3, 2, 1, 0) sein, der höchste zuerst; gefunden: {scores}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="138" />
            <source>a version this Desk Coach reads ({version})</source>
            <extracomment>What the "version" of a trainer's file allows; {version} is a number.</extracomment>
            <translation>eine Version, die dieser Desk Coach lesen kann ({version})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="140" />
            <source>a date and time with its UTC offset, such as {example}</source>
            <extracomment>{example} is a date and time as a trainer's file writes it.</extracomment>
            <translation>ein Datum mit Uhrzeit und UTC-Versatz, etwa {example}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="144" />
            <source>{value} has no UTC offset; add one, as in {example}</source>
            <extracomment>{example} is a date and time as a trainer's file writes it.</extracomment>
            <translation>{value} hat keinen UTC-Versatz; füge einen hinzu, wie in {example}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="148" />
            <source>{value} is in the future</source>
            <extracomment>A date and time in a trainer's file later than now.</extracomment>
            <translation>{value} liegt in der Zukunft</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="150" />
            <source>the ids are listed in the example trainer file</source>
            <extracomment>Where the ids of the red-flag questions are listed (a file shipped with Desk Coach).</extracomment>
            <translation>die IDs stehen in der Beispieldatei für Trainer</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="154" />
            <source>a table of scores by item id, such as {example}</source>
            <extracomment>{example} is a table as a trainer's file writes it, keep it.</extracomment>
            <translation>eine Tabelle mit Werten je Eintrags-ID, etwa {example}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="156" />
            <source>one JSON object ({example})</source>
            <extracomment>{example} is "{...}", the shape of a JSON object.</extracomment>
            <translation>ein JSON-Objekt ({example})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="158" />
            <source>{value} is not a known movement check (one of {known})</source>
            <extracomment>{value} is an id of a movement check in a trainer's file, {known} lists the ids there are.</extracomment>
            <translation>{value} ist kein bekannter Bewegungscheck (einer von {known})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="162" />
            <source>a table such as {example}</source>
            <extracomment>{example} is a table as the file writes it, keep it.</extracomment>
            <translation>eine Tabelle wie {example}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="164" />
            <source>{item} is scored on each side: give "left" and "right"</source>
            <extracomment>{item} is the name of a movement check; "left" and "right" are names of fields, keep them.</extracomment>
            <translation>{item} wird für jede Seite bewertet: gib "left" und "right" an</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="168" />
            <source>{item} is scored once: give "score"</source>
            <extracomment>{item} is the name of a movement check; "score" is the name of a field, keep it.</extracomment>
            <translation>{item} wird einmal bewertet: gib "score" an</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="170" />
            <source>missing; give 0 to {most}, or null if it was not done</source>
            <extracomment>A score a trainer's file leaves out; {most} is the highest score; "null" is the file's word, keep it.</extracomment>
            <translation>fehlt; gib 0 bis {most} an, oder null, wenn es nicht gemacht wurde</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="174" />
            <source>the link is dropped</source>
            <extracomment>What Desk Coach does about a link between exercises of its library it cannot use.</extracomment>
            <translation>die Verknüpfung wird entfernt</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="176" />
            <source>{label} is left out</source>
            <extracomment>{label} is an exercise's id ("C1") or its place ("entry 3").</extracomment>
            <translation>{label} wird weggelassen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="177" />
            <source>it is left out</source>
            <translation>er wird weggelassen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="179" />
            <source>this second {id} is left out</source>
            <extracomment>{id} is an exercise's id used twice.</extracomment>
            <translation>dieses zweite {id} wird weggelassen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="181" />
            <source>the shipped values are used</source>
            <extracomment>What Desk Coach does about a part of its rules file it cannot use.</extracomment>
            <translation>die mitgelieferten Werte werden verwendet</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="182" />
            <source>the shipped default {value} is used</source>
            <translation>der mitgelieferte Standardwert {value} wird verwendet</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="183" />
            <source>the shipped defaults ({values}) are used</source>
            <translation>die mitgelieferten Standardwerte ({values}) werden verwendet</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="184" />
            <source>the shipped screen-to-plan rules are used</source>
            <translation>die mitgelieferten Regeln vom Selbstcheck zum Plan werden verwendet</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="185" />
            <source>the weekly protraction item is skipped</source>
            <translation>der wöchentliche Protraktionspunkt entfällt</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="186" />
            <source>it still counts as the weekly protraction item</source>
            <translation>sie zählt trotzdem als wöchentlicher Protraktionspunkt</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="189" />
            <source>the planner skips it</source>
            <translation>der Planer lässt sie aus</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="190" />
            <source>the line never applies</source>
            <translation>die Zeile greift nie</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="191" />
            <source>an id such as "HF1" (letters, digits, "-" or "_")</source>
            <translation>eine ID wie "HF1" (Buchstaben, Ziffern, "-" oder "_")</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="195" />
            <source>a stretch is dosed in holds, not as {kind}</source>
            <extracomment>{kind} is a kind of dose as the file writes it ("reps").</extracomment>
            <translation>eine Dehnung wird in Haltezeiten dosiert, nicht als {kind}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="196" />
            <source>the file does not hold a TOML table</source>
            <translation>die Datei enthält keine TOML-Tabelle</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="198" />
            <source>an [[exercise]] table</source>
            <extracomment>"[[exercise]]" is how the library file writes a table, keep it.</extracomment>
            <translation>eine [[exercise]]-Tabelle</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="199" />
            <source>{id} is already used by entry {number}</source>
            <translation>{id} wird schon von Eintrag {number} verwendet</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="201" />
            <source>{link} was left out of the library</source>
            <extracomment>{link} is an exercise's id.</extracomment>
            <translation>{link} wurde aus der Bibliothek weggelassen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="203" />
            <source>there is no exercise {link} in the library</source>
            <extracomment>{link} is an exercise's id.</extracomment>
            <translation>in der Bibliothek gibt es keine Übung {link}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="205" />
            <source>{link} is for {other}, not {target}, and a ladder stays within one target</source>
            <extracomment>{link} is an exercise's id; {other} and {target} are body targets as the file writes them ("hips").</extracomment>
            <translation>{link} ist für {other}, nicht für {target}, und eine Stufenleiter bleibt bei einem Zielbereich</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="209" />
            <source>{link} would make the ladder go round in a loop ({circle}, each step harder)</source>
            <extracomment>{circle} is a chain of exercise ids ("A1 → A2 → A1").</extracomment>
            <translation>{link} würde die Stufenleiter im Kreis führen ({circle}, jede Stufe schwerer)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="213" />
            <source>a range such as {example} with both ends from {low} to {high}</source>
            <extracomment>{example} is a range as the rules file writes it, keep it.</extracomment>
            <translation>ein Bereich wie {example}, beide Enden von {low} bis {high}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="216" />
            <source>{value} has its low end above its high end</source>
            <translation>bei {value} liegt das untere Ende über dem oberen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="217" />
            <source>a fraction such as "2/3"</source>
            <translation>ein Bruch wie "2/3"</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="218" />
            <source>a fraction above 0 and at most 1</source>
            <translation>ein Bruch über 0 und höchstens 1</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="219" />
            <source>the next step cannot start above the rep cap</source>
            <translation>die nächste Stufe kann nicht über der Höchstzahl an Wiederholungen beginnen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="220" />
            <source>the next step cannot start above the set cap</source>
            <translation>die nächste Stufe kann nicht über der Höchstzahl an Sätzen beginnen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="221" />
            <source>a stretch hold cannot grow from a longer to a shorter time</source>
            <translation>eine Dehnung kann nicht von einer längeren zu einer kürzeren Haltezeit wachsen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="224" />
            <source>stretch reps cannot grow from more to fewer</source>
            <translation>Dehnwiederholungen können nicht von mehr zu weniger wachsen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="225" />
            <source>the pain that pauses a region cannot be lower than the pain that stops an exercise</source>
            <translation>der Schmerzwert, der einen Körperbereich pausiert, kann nicht niedriger sein als der, der eine Übung stoppt</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="228" />
            <source>the low-adherence share must be below the high-adherence share</source>
            <translation>der Anteil für geringe Regelmäßigkeit muss unter dem für hohe liegen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="232" />
            <source>{value} does not fit with {other}: {why}</source>
            <extracomment>{other} is another rule and its value; {why} says why they must fit.</extracomment>
            <translation>{value} passt nicht zu {other}: {why}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="234" />
            <source>a [section] table</source>
            <extracomment>"[section]" is how the rules file writes a table, keep it.</extracomment>
            <translation>eine [section]-Tabelle</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="236" />
            <source>a [[screen_plan]] table</source>
            <extracomment>"[[screen_plan]]" is how the rules file writes a table, keep it.</extracomment>
            <translation>eine [[screen_plan]]-Tabelle</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="237" />
            <source>a self-check item such as "S1"</source>
            <translation>ein Selbstcheck-Eintrag wie "S1"</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="239" />
            <source>asks for nothing (no {first} or {last})</source>
            <extracomment>{first} and {last} are names of fields, keep them.</extracomment>
            <translation>verlangt nichts (weder {first} noch {last})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="241" />
            <source>{id} is not in the exercise library</source>
            <extracomment>{id} is an exercise's id.</extracomment>
            <translation>{id} ist nicht in der Übungsbibliothek</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="243" />
            <source>{id} is a {pattern} exercise, not a push</source>
            <extracomment>{id} is an exercise's id, {pattern} its movement pattern as the file writes it ("pull").</extracomment>
            <translation>{id} ist eine Übung vom Typ {pattern}, kein Drücken (push)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="245" />
            <source>{id} is not an item of the self-check (one of {known})</source>
            <extracomment>{id} is a movement check's id ("S1"), {known} lists those there are.</extracomment>
            <translation>{id} ist kein Eintrag des Selbstchecks (einer von {known})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="249" />
            <source>a time of day "HH:MM" on the 24-hour clock, such as "16:00"</source>
            <extracomment>What a time setting allows; "HH:MM" is how it is written in the file, keep it.</extracomment>
            <translation>eine Uhrzeit "HH:MM" im 24-Stunden-Format, etwa "16:00"</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="252" />
            <source>{allowed}, without seconds or a time zone</source>
            <translation>{allowed}, ohne Sekunden oder Zeitzone</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="254" />
            <source>a list of "HH:MM-HH:MM" ranges, not overlapping, such as ["09:00-12:30", "13:30-17:30"]</source>
            <extracomment>What a work-hours setting allows; the ranges are written as in the file, keep them.</extracomment>
            <translation>eine Liste von Zeiträumen "HH:MM-HH:MM", die sich nicht überschneiden, etwa ["09:00-12:30", "13:30-17:30"]</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="258" />
            <source>{value} holds {item}, which is not a range like "09:00-17:30"</source>
            <extracomment>{item} is a value in the list that is not a range.</extracomment>
            <translation>{value} enthält {item}, und das ist kein Zeitraum wie "09:00-17:30"</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="262" />
            <source>{value} cannot be used: {why}; allowed is {allowed}</source>
            <extracomment>{why} says what is wrong with a range ("\"09:00\" is not a range like ...").</extracomment>
            <translation>{value} ist nicht verwendbar: {why}; erlaubt ist {allowed}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="265" />
            <source>{value} is not a range like "09:00-17:30" or "22:00-06:00"</source>
            <translation>{value} ist kein Zeitraum wie "09:00-17:30" oder "22:00-06:00"</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="268" />
            <source>{value} names a time that does not exist on a 24-hour clock</source>
            <translation>{value} nennt eine Uhrzeit, die es im 24-Stunden-Format nicht gibt</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="272" />
            <source>{value} is empty: it ends when it starts</source>
            <extracomment>A work-hours range such as "09:00-09:00".</extracomment>
            <translation>{value} ist leer: Er endet, wenn er beginnt</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="273" />
            <source>{value} is not a time of day</source>
            <translation>{value} ist keine Uhrzeit</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="275" />
            <source>"{earlier}" and "{later}" overlap</source>
            <extracomment>Two work-hours ranges of one day overlap; {earlier} and {later} are ranges ("09:00-12:00").</extracomment>
            <translation>"{earlier}" und "{later}" überschneiden sich</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="277" />
            <source>a table of settings ([{group}])</source>
            <extracomment>{group} is a group of the settings file, as written in it ("breaks").</extracomment>
            <translation>eine Tabelle mit Einstellungen ([{group}])</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="278" />
            <source>not a group of Desk Coach settings</source>
            <translation>keine Gruppe von Desk-Coach-Einstellungen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="280" />
            <source>not a group of Desk Coach settings (did you mean [{name}]?)</source>
            <extracomment>{name} is the group of the settings file the user probably meant ("breaks").</extracomment>
            <translation>keine Gruppe von Desk-Coach-Einstellungen (meintest du [{name}]?)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="283" />
            <source>not a Desk Coach setting</source>
            <translation>keine Desk-Coach-Einstellung</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="285" />
            <source>not a Desk Coach setting (did you mean {name}?)</source>
            <extracomment>{name} is the setting the user probably meant ("breaks.sit_interval_min").</extracomment>
            <translation>keine Desk-Coach-Einstellung (meintest du {name}?)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="290" />
            <source>{value} must be at least {key} = {floor} ({unit}), because {reason}</source>
            <extracomment>A setting below another it must reach: {key} is that setting ("breaks.sit_interval_min"), {floor} its value, {unit} the unit, {reason} why (the settings' own words).</extracomment>
            <translation>{value} muss mindestens {key} = {floor} ({unit}) sein, weil {reason}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="294" />
            <source>it is ignored</source>
            <extracomment>What Desk Coach does about a field it does not know.</extracomment>
            <translation>es wird ignoriert</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="296" />
            <source>using the defaults for all {group} settings</source>
            <extracomment>What Desk Coach does about a group of settings it cannot read; {group} is its name ("breaks").</extracomment>
            <translation>für alle Einstellungen in {group} gelten die Standardwerte</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="298" />
            <source>using the default {value}</source>
            <extracomment>What Desk Coach does about a setting it cannot use; {value} is its default ("30").</extracomment>
            <translation>es gilt der Standardwert {value}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="300" />
            <source>using {value}, the value of {key}</source>
            <extracomment>{value} is the value used, {key} the setting it comes from.</extracomment>
            <translation>es gilt {value}, der Wert von {key}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="302" />
            <source>the library is empty</source>
            <extracomment>What Desk Coach does when its exercise library cannot be read.</extracomment>
            <translation>die Bibliothek ist leer</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="304" />
            <source>the shipped rules are used</source>
            <extracomment>What Desk Coach does when its rules file cannot be read: it uses the rules built into it.</extracomment>
            <translation>die mitgelieferten Regeln werden verwendet</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="306" />
            <source>using the default for every setting until it is fixed</source>
            <extracomment>What Desk Coach does when the settings file cannot be read.</extracomment>
            <translation>bis das behoben ist, gilt für jede Einstellung der Standardwert</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="325" />
            <source>true/false</source>
            <extracomment>A sort of value in a data file ("\"30\" is text, not ..."); keep "true" and "false".</extracomment>
            <translation>ein Wahrheitswert (true/false)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="327" />
            <source>a decimal number</source>
            <translation>eine Dezimalzahl</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="329" />
            <source>text</source>
            <comment>a sort of value</comment>
            <extracomment>A sort of value in a data file: a text.</extracomment>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="330" />
            <source>a list</source>
            <translation>eine Liste</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="332" />
            <source>a TOML date or time</source>
            <translation>ein TOML-Datum oder eine TOML-Uhrzeit</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="334" />
            <source>null</source>
            <extracomment>The file's word for "nothing", keep it.</extracomment>
            <translation>null</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="338" />
            <source>choice</source>
            <extracomment>A thing named in a data file's problem: "a known choice (one of ...)".</extracomment>
            <translation>Auswahl</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="339" />
            <source>choices</source>
            <translation>Auswahlwerte</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="340" />
            <source>type of setting</source>
            <translation>Einstellungstyp</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="341" />
            <source>settings file</source>
            <translation>Einstellungsdatei</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="342" />
            <source>TOML file</source>
            <translation>TOML-Datei</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="343" />
            <source>JSON file</source>
            <translation>JSON-Datei</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="344" />
            <source>items</source>
            <translation>Einträge</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="345" />
            <source>item</source>
            <translation>Eintrag</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="346" />
            <source>ids</source>
            <translation>IDs</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="347" />
            <source>tables</source>
            <translation>Tabellen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="348" />
            <source>question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="349" />
            <source>question ids</source>
            <translation>Fragen-IDs</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="350" />
            <source>red-flag question id</source>
            <translation>ID einer Warnzeichen-Frage</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="351" />
            <source>lifestyle</source>
            <translation>Lebensstil</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="352" />
            <source>lifestyles</source>
            <translation>Lebensstile</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="353" />
            <source>piece of equipment</source>
            <translation>Ausrüstung</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="354" />
            <source>pieces of equipment</source>
            <translation>Ausrüstungsgegenstände</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="355" />
            <source>age band</source>
            <translation>Altersgruppe</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="356" />
            <source>region</source>
            <translation>Körperbereich</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="357" />
            <source>regions</source>
            <translation>Körperbereiche</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="358" />
            <source>tier</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="359" />
            <source>instructions</source>
            <translation>Anleitungsschritte</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="361" />
            <source>texts, for scores 0, 1 and 2</source>
            <extracomment>Three texts in the self-check's content, one for each score.</extracomment>
            <translation>Texte für die Werte 0, 1 und 2</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="362" />
            <source>kind of dose</source>
            <translation>Dosisart</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="363" />
            <source>steps</source>
            <translation>Schritte</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="364" />
            <source>target</source>
            <translation>Zielbereich</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="365" />
            <source>targets</source>
            <translation>Zielbereiche</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="366" />
            <source>pattern</source>
            <translation>Bewegungsmuster</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="367" />
            <source>cautions</source>
            <translation>Hinweise zur Vorsicht</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="368" />
            <source>exercise ids</source>
            <translation>Übungs-IDs</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="369" />
            <source>self-check items</source>
            <translation>Selbstcheck-Einträge</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="371" />
            <source>[[exercise]] tables</source>
            <extracomment>"[[exercise]]" is how the library file writes a table, keep it.</extracomment>
            <translation>[[exercise]]-Tabellen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="373" />
            <source>[[screen_plan]] tables</source>
            <extracomment>"[[screen_plan]]" is how the rules file writes a table, keep it.</extracomment>
            <translation>[[screen_plan]]-Tabellen</translation>
        </message>
    </context>
    <context>
        <name>Lists</name>
        <message>
            <location filename="../../desk_coach/wording/say.py" line="128" />
            <source>{first}, {next}</source>
            <extracomment>Joins the items of a list before the last one: "hips, shoulders".</extracomment>
            <translation>{first}, {next}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/say.py" line="133" />
            <source>{first} and {last}</source>
            <extracomment>Joins the last item of a list: "hips, shoulders and back".</extracomment>
            <translation>{first} und {last}</translation>
        </message>
    </context>
    <context>
        <name>DailyCheck</name>
        <message>
            <location filename="../../desk_coach/wording/sentences/daily_check.py" line="12" />
            <source>What changed</source>
            <extracomment>Title of a message that says how the coaching adapted (breaks later, routines shorter...).</extracomment>
            <translation>Was sich geändert hat</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/daily_check.py" line="14" />
            <source>Time for a short self-check</source>
            <extracomment>Title of a message that offers a new self-check.</extracomment>
            <translation>Zeit für einen kurzen Selbstcheck</translation>
        </message>
    </context>
    <context>
        <name>Units</name>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="314" />
            <source>minutes</source>
            <translation>Minuten</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="315" />
            <source>seconds</source>
            <translation>Sekunden</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="317" />
            <source>snoozes</source>
            <extracomment>A number of snoozes allowed a break, after a range: "0 to 5 (snoozes)".</extracomment>
            <translation>Mal Verschieben</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="319" />
            <source>percent</source>
            <extracomment>After a range of percentages: "50 to 100 (percent)".</extracomment>
            <translation>Prozent</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="321" />
            <source>a day</source>
            <extracomment>After a range of how many times something may happen each day: "1 to 3 (a day)".</extracomment>
            <translation>pro Tag</translation>
        </message>
    </context>
    <context>
        <name>LaunchRequests</name>
        <message>
            <location filename="../../desk_coach/wording/sentences/launch_requests.py" line="12" />
            <source>{app} is already running: find it here in the tray.</source>
            <extracomment>Shown when the app is started a second time. {app}: the app's name, Desk Coach.</extracomment>
            <translation>{app} läuft bereits: Du findest es hier im Systembereich der Taskleiste.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/launch_requests.py" line="16" />
            <source>{app} is running but its coach has not started; see the log: {log}</source>
            <extracomment>A command-line request failed: the app runs but its coach failed to start. {log}: the log file's path.</extracomment>
            <translation>{app} läuft, aber der Coach wurde nicht gestartet; siehe das Protokoll: {log}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/launch_requests.py" line="20" />
            <source>unknown command {command}</source>
            <extracomment>A request the running app does not know. {command}: the request's name, in quotes.</extracomment>
            <translation>unbekannter Befehl {command}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/launch_requests.py" line="22" />
            <source>Strict mode is on: a due break can be neither snoozed nor skipped. To stop the breaks for a while, pause them from the tray menu.</source>
            <extracomment>`desk-coach snooze` or `skip` refused: the user turned strict mode on in Settings.</extracomment>
            <translation>Der strenge Modus ist an: Eine fällige Pause lässt sich weder verschieben noch auslassen. Um die Pausen eine Weile anzuhalten, pausiere sie im Menü des Symbols im Systembereich.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/launch_requests.py" line="28" />
            <source>No break is due right now: nothing to skip.</source>
            <extracomment>`desk-coach skip` refused: no break is due or snoozed.</extracomment>
            <translation>Gerade ist keine Pause fällig: Es gibt nichts auszulassen.</translation>
        </message>
    </context>
    <context>
        <name>PlanNotes</name>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="175" />
            <source>Exercises are on hold because of your answers to the health questions: please check with a doctor or physiotherapist first. Until then, every break is an easy walk.</source>
            <extracomment>A note under the plan: exercise is on hold after the health questions (PAR-Q+).</extracomment>
            <translation>Die Übungen pausieren wegen deiner Antworten auf die Gesundheitsfragen: Bitte sprich zuerst mit einem Arzt oder einer Physiotherapeutin. Bis dahin ist jede Pause ein lockerer Spaziergang.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="182" />
            <source>Coaching is not set up yet: take the self-check (Set up coaching… in the tray menu, or desk-coach screen) to get stretches and strength moves. Until then, every break is an easy walk.</source>
            <extracomment>A note under the plan before the self-check. "Set up coaching…" is the tray menu's entry; "desk-coach screen" is a command, not translated.</extracomment>
            <translation>Das Coaching ist noch nicht eingerichtet: Mach den Selbstcheck („Coaching einrichten…“ im Menü des Symbols im Systembereich oder desk-coach screen), um Dehnungen und Kraftübungen zu bekommen. Bis dahin ist jede Pause ein lockerer Spaziergang.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="188" />
            <source>Pregnancy-friendly choices: nothing in this plan is done lying on your back.</source>
            <extracomment>A note under the plan in pregnancy.</extracomment>
            <translation>Schwangerschaftsgerechte Auswahl: Nichts in diesem Plan wird in Rückenlage gemacht.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="192" />
            <source>Exercises for your {regions} are paused until a doctor or physiotherapist has had a look.</source>
            <extracomment>A note under the plan. {regions}: body regions, as a list ("hips, shoulders and back").</extracomment>
            <translation>Übungen für folgende Bereiche pausieren, bis sich ein Arzt oder eine Physiotherapeutin das angesehen hat: {regions}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="198" />
            <source>Fewer breaks got done lately, so this routine is shorter ({minutes} min instead of {full}), at the same level. It comes back to full length once breaks are kept up again.</source>
            <extracomment>A note under a shortened daily routine. {minutes}: its length now; {full}: its usual length, in minutes.</extracomment>
            <translation>In letzter Zeit hast du weniger Pausen gemacht, deshalb ist diese Routine kürzer ({minutes} min statt {full}), auf derselben Stufe. Sobald du deine Pausen wieder einhältst, hat sie wieder ihre volle Länge.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="204" />
            <source>You have kept up your breaks, so the last move is an extra on offer; skipping it is fine.</source>
            <extracomment>A note under a routine whose last move is an extra on offer.</extracomment>
            <translation>Du hast deine Pausen eingehalten, deshalb ist die letzte Übung ein zusätzliches Angebot; du kannst sie gern auslassen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/plan.py" line="209" />
            <source>No desk exercise fits in %n second(s), so this break is a short walk.</source>
            <extracomment>A note under a short break that became a walk; %n: the break's length in seconds.</extracomment>
            <translation>
                <numerusform>In %n Sekunde passt keine Übung am Schreibtisch, deshalb ist diese Pause ein kurzer Spaziergang.</numerusform>
                <numerusform>In %n Sekunden passt keine Übung am Schreibtisch, deshalb ist diese Pause ein kurzer Spaziergang.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="213" />
            <source>No exercise can be planned right now, so this routine is a walk.</source>
            <extracomment>A note under a daily routine that became a walk.</extracomment>
            <translation>Gerade lässt sich keine Übung planen, deshalb ist diese Routine ein Spaziergang.</translation>
        </message>
    </context>
    <context>
        <name>Targets</name>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="221" />
            <source>hip flexors</source>
            <extracomment>A body area as a noun, inside a sentence (see the PlanReasons texts).</extracomment>
            <translation>Hüftbeuger</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="223" />
            <source>chest</source>
            <extracomment>A body area as a noun, inside a sentence (see the PlanReasons texts).</extracomment>
            <translation>Brust</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="225" />
            <source>glutes</source>
            <extracomment>A body area as a noun, inside a sentence (see the PlanReasons texts).</extracomment>
            <translation>Gesäß</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="227" />
            <source>upper back</source>
            <extracomment>A body area as a noun, inside a sentence (see the PlanReasons texts).</extracomment>
            <translation>oberer Rücken</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="229" />
            <source>upper spine</source>
            <extracomment>A body area as a noun, inside a sentence (see the PlanReasons texts).</extracomment>
            <translation>Brustwirbelsäule</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="231" />
            <source>hamstrings</source>
            <extracomment>A body area as a noun, inside a sentence (see the PlanReasons texts).</extracomment>
            <translation>Oberschenkelrückseite</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="233" />
            <source>neck</source>
            <extracomment>A body area as a noun, inside a sentence (see the PlanReasons texts).</extracomment>
            <translation>Nacken</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="235" />
            <source>walking</source>
            <extracomment>A body area as a noun, inside a sentence (see the PlanReasons texts).</extracomment>
            <translation>Gehen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="239" />
            <source>Hip flexors</source>
            <extracomment>A body area as a noun at the start of a line of the week's figures.</extracomment>
            <translation>Hüftbeuger</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="241" />
            <source>Chest</source>
            <extracomment>A body area as a noun at the start of a line of the week's figures.</extracomment>
            <translation>Brust</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="243" />
            <source>Glutes</source>
            <extracomment>A body area as a noun at the start of a line of the week's figures.</extracomment>
            <translation>Gesäß</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="245" />
            <source>Upper back</source>
            <extracomment>A body area as a noun at the start of a line of the week's figures.</extracomment>
            <translation>Oberer Rücken</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="247" />
            <source>Upper spine</source>
            <extracomment>A body area as a noun at the start of a line of the week's figures.</extracomment>
            <translation>Brustwirbelsäule</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="249" />
            <source>Hamstrings</source>
            <extracomment>A body area as a noun at the start of a line of the week's figures.</extracomment>
            <translation>Oberschenkelrückseite</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="251" />
            <source>Neck</source>
            <extracomment>A body area as a noun at the start of a line of the week's figures.</extracomment>
            <translation>Nacken</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="253" />
            <source>Walking</source>
            <extracomment>A body area as a noun at the start of a line of the week's figures.</extracomment>
            <translation>Gehen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="257" />
            <source>hip-flexor</source>
            <comment>before a noun</comment>
            <extracomment>A body area before a noun, as in 'hip-flexor stretch'; see the PlanReasons texts for where it goes.</extracomment>
            <translation>Hüftbeuger</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="259" />
            <source>chest</source>
            <comment>before a noun</comment>
            <extracomment>A body area before a noun, as in 'hip-flexor stretch'; see the PlanReasons texts for where it goes.</extracomment>
            <translation>Brust</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="261" />
            <source>glute</source>
            <comment>before a noun</comment>
            <extracomment>A body area before a noun, as in 'hip-flexor stretch'; see the PlanReasons texts for where it goes.</extracomment>
            <translation>Gesäß</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="263" />
            <source>upper-back</source>
            <comment>before a noun</comment>
            <extracomment>A body area before a noun, as in 'hip-flexor stretch'; see the PlanReasons texts for where it goes.</extracomment>
            <translation>Oberrücken</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="265" />
            <source>upper-spine</source>
            <comment>before a noun</comment>
            <extracomment>A body area before a noun, as in 'hip-flexor stretch'; see the PlanReasons texts for where it goes.</extracomment>
            <translation>Brustwirbelsäulen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="267" />
            <source>hamstring</source>
            <comment>before a noun</comment>
            <extracomment>A body area before a noun, as in 'hip-flexor stretch'; see the PlanReasons texts for where it goes.</extracomment>
            <translation>Oberschenkelrückseiten</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="269" />
            <source>neck</source>
            <comment>before a noun</comment>
            <extracomment>A body area before a noun, as in 'hip-flexor stretch'; see the PlanReasons texts for where it goes.</extracomment>
            <translation>Nacken</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="271" />
            <source>walking</source>
            <comment>before a noun</comment>
            <extracomment>A body area before a noun, as in 'hip-flexor stretch'; see the PlanReasons texts for where it goes.</extracomment>
            <translation>Geh</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="275" />
            <source>Hip-flexor</source>
            <comment>before a noun, starting a sentence</comment>
            <extracomment>A body area before a noun at the start of a sentence: 'Glute strength work ...'.</extracomment>
            <translation>Hüftbeuger</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="277" />
            <source>Chest</source>
            <comment>before a noun, starting a sentence</comment>
            <extracomment>A body area before a noun at the start of a sentence: 'Glute strength work ...'.</extracomment>
            <translation>Brust</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="279" />
            <source>Glute</source>
            <comment>before a noun, starting a sentence</comment>
            <extracomment>A body area before a noun at the start of a sentence: 'Glute strength work ...'.</extracomment>
            <translation>Gesäß</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="281" />
            <source>Upper-back</source>
            <comment>before a noun, starting a sentence</comment>
            <extracomment>A body area before a noun at the start of a sentence: 'Glute strength work ...'.</extracomment>
            <translation>Oberrücken</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="283" />
            <source>Upper-spine</source>
            <comment>before a noun, starting a sentence</comment>
            <extracomment>A body area before a noun at the start of a sentence: 'Glute strength work ...'.</extracomment>
            <translation>Brustwirbelsäulen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="285" />
            <source>Hamstring</source>
            <comment>before a noun, starting a sentence</comment>
            <extracomment>A body area before a noun at the start of a sentence: 'Glute strength work ...'.</extracomment>
            <translation>Oberschenkelrückseiten</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="287" />
            <source>Neck</source>
            <comment>before a noun, starting a sentence</comment>
            <extracomment>A body area before a noun at the start of a sentence: 'Glute strength work ...'.</extracomment>
            <translation>Nacken</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="289" />
            <source>Walking</source>
            <comment>before a noun, starting a sentence</comment>
            <extracomment>A body area before a noun at the start of a sentence: 'Glute strength work ...'.</extracomment>
            <translation>Geh</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="293" />
            <source>tight hip flexors</source>
            <extracomment>What the movement check showed, the object of "Your ... check showed ...".</extracomment>
            <translation>steife Hüftbeuger</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="295" />
            <source>a tight chest</source>
            <extracomment>What the movement check showed, the object of "Your ... check showed ...".</extracomment>
            <translation>eine steife Brustmuskulatur</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="297" />
            <source>tightness in your glutes</source>
            <extracomment>What the movement check showed, the object of "Your ... check showed ...".</extracomment>
            <translation>Steifheit im Gesäß</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="299" />
            <source>tightness in your upper back</source>
            <extracomment>What the movement check showed, the object of "Your ... check showed ...".</extracomment>
            <translation>Steifheit im oberen Rücken</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="301" />
            <source>tightness in your upper spine</source>
            <extracomment>What the movement check showed, the object of "Your ... check showed ...".</extracomment>
            <translation>Steifheit in der Brustwirbelsäule</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="303" />
            <source>tight hamstrings</source>
            <extracomment>What the movement check showed, the object of "Your ... check showed ...".</extracomment>
            <translation>steife Oberschenkelrückseiten</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="305" />
            <source>a stiff neck</source>
            <extracomment>What the movement check showed, the object of "Your ... check showed ...".</extracomment>
            <translation>einen steifen Nacken</translation>
        </message>
    </context>
    <context>
        <name>Regions</name>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="309" />
            <location filename="../../desk_coach/wording/sentences/progression.py" line="204" />
            <source>hips</source>
            <extracomment>A body region, in a list: "Exercises for your hips, shoulders and back are paused ...".</extracomment>
            <extracomment>A body region, inside "exercises for your hips are paused".</extracomment>
            <translation>Hüften</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="311" />
            <location filename="../../desk_coach/wording/sentences/progression.py" line="206" />
            <source>shoulders</source>
            <extracomment>A body region, in a list: "Exercises for your hips, shoulders and back are paused ...".</extracomment>
            <extracomment>A body region, inside "exercises for your shoulders are paused".</extracomment>
            <translation>Schultern</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="313" />
            <location filename="../../desk_coach/wording/sentences/progression.py" line="208" />
            <source>back</source>
            <extracomment>A body region, in a list: "Exercises for your hips, shoulders and back are paused ...".</extracomment>
            <extracomment>A body region, inside "exercises for your back are paused".</extracomment>
            <translation>Rücken</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="315" />
            <location filename="../../desk_coach/wording/sentences/progression.py" line="210" />
            <source>neck</source>
            <extracomment>A body region, in a list: "Exercises for your hips, shoulders and back are paused ...".</extracomment>
            <extracomment>A body region, inside "exercises for your neck are paused".</extracomment>
            <translation>Nacken</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="317" />
            <location filename="../../desk_coach/wording/sentences/progression.py" line="212" />
            <source>legs</source>
            <extracomment>A body region, in a list: "Exercises for your hips, shoulders and back are paused ...".</extracomment>
            <extracomment>A body region, inside "exercises for your legs are paused".</extracomment>
            <translation>Beine</translation>
        </message>
    </context>
    <context>
        <name>Progression</name>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/progression.py" line="27" />
            <source>%n time(s)</source>
            <extracomment>How often something happened, inside a sentence: "felt too hard 3 times".</extracomment>
            <translation>
                <numerusform>%n-mal</numerusform>
                <numerusform>%n-mal</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/progression.py" line="44" />
            <source>%nth</source>
            <extracomment>Which time it is from the sixth on, inside "the 6th time for your hips".</extracomment>
            <translation>
                <numerusform>%n.</numerusform>
                <numerusform>%n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/progression.py" line="55" />
            <source>You have kept up your breaks for a while: %n extra exercise(s) on offer if you'd like more.</source>
            <extracomment>Rule 6, shown after the daily check when the breaks were kept up for weeks; %n extra exercises.</extracomment>
            <translation>
                <numerusform>Du machst deine Pausen schon eine Weile regelmäßig: Wenn du magst, gibt es %n zusätzliche Übung.</numerusform>
                <numerusform>Du machst deine Pausen schon eine Weile regelmäßig: Wenn du magst, gibt es %n zusätzliche Übungen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="22" />
            <source>once</source>
            <extracomment>How often something happened, inside a sentence: "felt too easy once".</extracomment>
            <translation>einmal</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="25" />
            <source>twice</source>
            <extracomment>How often something happened, inside a sentence: "felt too easy twice".</extracomment>
            <translation>zweimal</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="33" />
            <source>second</source>
            <extracomment>Which time it is, inside "Glute bridge hurt, the second time for your hips".</extracomment>
            <translation>zweiten</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="36" />
            <source>third</source>
            <extracomment>Which time it is, inside "Glute bridge hurt, the third time for your hips".</extracomment>
            <translation>dritten</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="39" />
            <source>fourth</source>
            <extracomment>Which time it is, inside "Glute bridge hurt, the fourth time for your hips".</extracomment>
            <translation>vierten</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="42" />
            <source>fifth</source>
            <extracomment>Which time it is, inside "Glute bridge hurt, the fifth time for your hips".</extracomment>
            <translation>fünften</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="50" />
            <source>You have kept up your breaks for a while: one extra exercise on offer if you'd like more.</source>
            <extracomment>Rule 6, shown after the daily check when the breaks were kept up for weeks.</extracomment>
            <translation>Du machst deine Pausen schon eine Weile regelmäßig: Wenn du magst, gibt es eine zusätzliche Übung.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="66" />
            <source>{exercise} {why}: {where}.</source>
            <extracomment>A what-changed line after a routine. {exercise}: the exercise's name; {why}: e.g. "felt too easy twice"; {where}: e.g. "now 3 sets of 12" or "next up, glute bridge march, 2 sets of 10".</extracomment>
            <translation>{exercise} {why}: {where}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="68" />
            <source>felt too hard {times}</source>
            <extracomment>Why a level went down, after the exercise's name; {times}: "twice", "3 times".</extracomment>
            <translation>hat sich {times} zu schwer angefühlt</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="70" />
            <source>was hard to finish (less than {part}/{whole} done)</source>
            <extracomment>Why a level went down, after the exercise's name: less than {part}/{whole} of the dose done.</extracomment>
            <translation>war schwer zu schaffen (weniger als {part}/{whole} geschafft)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/progression.py" line="74" />
            <source>felt comfortable for %n week(s)</source>
            <extracomment>Why a stretch got longer, after the exercise's name.</extracomment>
            <translation>
                <numerusform>hat sich %n Woche lang angenehm angefühlt</numerusform>
                <numerusform>hat sich %n Wochen lang angenehm angefühlt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/progression.py" line="76" />
            <source>felt comfortable for %n week(s) and your movement check improved</source>
            <extracomment>Why the next stretch of a ladder starts, after the exercise's name.</extracomment>
            <translation>
                <numerusform>hat sich %n Woche lang angenehm angefühlt, und dein Bewegungscheck ist besser ausgefallen</numerusform>
                <numerusform>hat sich %n Wochen lang angenehm angefühlt, und dein Bewegungscheck ist besser ausgefallen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="80" />
            <source>felt too easy {times}</source>
            <extracomment>Why a level went up, after the exercise's name; {times}: "twice", "3 times".</extracomment>
            <translation>hat sich {times} zu leicht angefühlt</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="84" />
            <source>now {dose}</source>
            <extracomment>Where a level stands after it went up; {dose}: e.g. "3 sets of 12".</extracomment>
            <translation>jetzt {dose}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="86" />
            <source>back to {dose}</source>
            <extracomment>Where a level stands after it went down; {dose}: e.g. "2 sets of 10".</extracomment>
            <translation>zurück auf {dose}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="88" />
            <source>next up, {exercise:lower}, {dose}</source>
            <extracomment>The harder exercise that comes next, and its dose.</extracomment>
            <translation>als Nächstes {exercise}, {dose}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="90" />
            <source>back to {exercise:lower}, {dose}, for now</source>
            <extracomment>The easier exercise done instead for a while, and its dose.</extracomment>
            <translation>vorerst zurück zu {exercise}, {dose}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="92" />
            <source>{exercise} hurt</source>
            <extracomment>The start of a what-changed line: an exercise was stopped because it hurt.</extracomment>
            <translation>{exercise} hat wehgetan</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="94" />
            <source>{exercise} hurt ({pain}/10)</source>
            <extracomment>The start of a what-changed line: an exercise hurt, {pain} on a scale of 0 to 10.</extracomment>
            <translation>{exercise} hat wehgetan ({pain}/10)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="96" />
            <source>Pain the morning after the {exercise:lower}</source>
            <extracomment>The start of a what-changed line: pain the morning after a routine with this exercise.</extracomment>
            <translation>Schmerzen am Morgen nach {exercise}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="98" />
            <source>Pain the morning after the {exercise:lower} ({pain}/10)</source>
            <extracomment>The start of a what-changed line: pain ({pain} of 10) the morning after a routine with this exercise.</extracomment>
            <translation>Schmerzen am Morgen nach {exercise} ({pain}/10)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="102" />
            <source>{pain}: left out for the rest of today, then {where}.</source>
            <extracomment>A what-changed line: {pain} is "Glute bridge hurt (4/10)"; {where} e.g. "back to 2 sets of 10".</extracomment>
            <translation>{pain}: für den Rest des Tages ausgelassen, danach {where}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="106" />
            <source>{exercise} brought on {symptom}: exercises for your {region} are paused for now.</source>
            <extracomment>A what-changed line; {symptom}: "sharp or shooting pain" or "numbness or tingling"; {region}: "hips".</extracomment>
            <translation>{exercise}: {symptom} – Übungen für den Bereich {region} pausieren vorerst.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="110" />
            <source>{pain}: exercises for your {region} are paused for now.</source>
            <extracomment>A what-changed line; {pain} is "Glute bridge hurt (7/10)"; {region}: "hips".</extracomment>
            <translation>{pain}: Übungen für den Bereich {region} pausieren vorerst.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="114" />
            <source>{pain}, the {nth} time for your {region}: exercises for your {region} are paused for now.</source>
            <extracomment>A what-changed line; {pain} is "Glute bridge hurt (4/10)"; {nth}: "second"; {region}: "hips".</extracomment>
            <translation>{pain}, zum {nth} Mal im Bereich {region}: Übungen für diesen Bereich pausieren vorerst.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="119" />
            <source>{symptom} during {exercise:lower}</source>
            <extracomment>Why a region is paused, short, in the history; {symptom}: "numbness or tingling".</extracomment>
            <translation>{symptom} bei {exercise}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="121" />
            <source>pain {pain}/10 during {exercise:lower}</source>
            <extracomment>Why a region is paused, short, in the history; {pain}: 0-10.</extracomment>
            <translation>Schmerzen {pain}/10 bei {exercise}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="123" />
            <source>pain {pain}/10 the morning after {exercise:lower}</source>
            <extracomment>Why a region is paused, short, in the history; {pain}: 0-10.</extracomment>
            <translation>Schmerzen {pain}/10 am Morgen nach {exercise}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/progression.py" line="127" />
            <source>pain in the {region} {times} within %n day(s)</source>
            <extracomment>Why a region is paused, short, in the history; {times}: "twice"; %n days.</extracomment>
            <translation>
                <numerusform>Schmerzen im Bereich {region}, {times} innerhalb von %n Tag</numerusform>
                <numerusform>Schmerzen im Bereich {region}, {times} innerhalb von %n Tagen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="132" />
            <source>Because you noticed {noticed}, we've paused exercises for your {region}. Please see a doctor or physiotherapist before you start them again. Often it turns out to be nothing serious, but it is worth having it checked.</source>
            <extracomment>Shown when the coach pauses a body region (a calm referral, no diagnosis); {noticed}: e.g. "pain of 7/10 during the glute bridge"; {region}: "hips".</extracomment>
            <translation>Weil du {noticed} bemerkt hast, haben wir die Übungen für den Bereich {region} pausiert. Bitte lass dich ärztlich oder physiotherapeutisch beraten, bevor du wieder damit anfängst. Oft steckt nichts Ernstes dahinter, aber es lohnt sich, es abklären zu lassen.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="139" />
            <source>{symptom} during the {exercise:lower}</source>
            <extracomment>What was noticed, inside the referral "Because you noticed ..."; {symptom}: "numbness or tingling".</extracomment>
            <translation>{symptom} bei {exercise}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="141" />
            <source>pain of {pain}/10 during the {exercise:lower}</source>
            <extracomment>What was noticed, inside the referral "Because you noticed ..."; {pain}: 0-10.</extracomment>
            <translation>Schmerzen von {pain}/10 bei {exercise}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="145" />
            <source>pain of {pain}/10 the morning after the {exercise:lower}</source>
            <extracomment>What was noticed, inside the referral "Because you noticed ..."; {pain}: 0-10.</extracomment>
            <translation>Schmerzen von {pain}/10 am Morgen nach {exercise}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="149" />
            <source>pain in your {region} more than once</source>
            <extracomment>What was noticed, inside the referral "Because you noticed ..."; {region}: "hips".</extracomment>
            <translation>mehrmals Schmerzen im Bereich {region}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="151" />
            <source>Fewer breaks got done this week: routines are shorter, at the same level.</source>
            <extracomment>Rule 6, shown after the daily check when few breaks got done.</extracomment>
            <translation>Diese Woche hast du weniger Pausen gemacht: Die Routinen sind jetzt kürzer, auf derselben Stufe.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/progression.py" line="155" />
            <source>Fewer breaks got done this week: breaks now come %n minute(s) later and routines are shorter, at the same level.</source>
            <extracomment>Rule 6, shown after the daily check when few breaks got done; the reminders come %n minutes later.</extracomment>
            <translation>
                <numerusform>Diese Woche hast du weniger Pausen gemacht: Pausen kommen jetzt %n Minute später, und die Routinen sind kürzer, auf derselben Stufe.</numerusform>
                <numerusform>Diese Woche hast du weniger Pausen gemacht: Pausen kommen jetzt %n Minuten später, und die Routinen sind kürzer, auf derselben Stufe.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="164" />
            <source>A short movement check helps the coach pick the right level for you.</source>
            <extracomment>Why a movement check (the self-check) is offered: none was taken yet.</extracomment>
            <translation>Ein kurzer Bewegungscheck hilft dem Coach, die passende Stufe für dich zu finden.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="168" />
            <source>After the step back for pain, a fresh movement check helps set the right level.</source>
            <extracomment>Why a movement check (the self-check) is offered: an exercise was stepped down for pain.</extracomment>
            <translation>Nach dem Schritt zurück wegen Schmerzen hilft ein neuer Bewegungscheck, die passende Stufe zu finden.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/progression.py" line="172" />
            <source>Welcome back after %n day(s): a fresh movement check helps set the right level.</source>
            <extracomment>Why a movement check (the self-check) is offered: no routine for %n days.</extracomment>
            <translation>
                <numerusform>Willkommen zurück nach %n Tag: Ein neuer Bewegungscheck hilft, die passende Stufe zu finden.</numerusform>
                <numerusform>Willkommen zurück nach %n Tagen: Ein neuer Bewegungscheck hilft, die passende Stufe zu finden.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/progression.py" line="179" />
            <source>It has been %n week(s) since your last movement check: time for a new one?</source>
            <extracomment>Why a movement check (the self-check) is offered: the last one was %n weeks ago.</extracomment>
            <translation>
                <numerusform>Seit deinem letzten Bewegungscheck ist %n Woche vergangen: Zeit für einen neuen?</numerusform>
                <numerusform>Seit deinem letzten Bewegungscheck sind %n Wochen vergangen: Zeit für einen neuen?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/progression.py" line="183" />
            <source>It has been %n day(s) since your last movement check: time for a new one?</source>
            <extracomment>Why a movement check (the self-check) is offered: the last one was %n days ago.</extracomment>
            <translation>
                <numerusform>Seit deinem letzten Bewegungscheck ist %n Tag vergangen: Zeit für einen neuen?</numerusform>
                <numerusform>Seit deinem letzten Bewegungscheck sind %n Tage vergangen: Zeit für einen neuen?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="187" />
            <source>{reason} Open Self-check… from the tray menu.</source>
            <extracomment>A desktop notification; {reason}: why the check is offered. "Self-check…" is the tray menu's item.</extracomment>
            <translation>{reason} Öffne „Selbstcheck…“ im Menü des Symbols im Systembereich.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/progression.py" line="189" />
            <source>After %n day(s) away, {exercise:lower} restarts a step lower: {dose}.</source>
            <extracomment>A what-changed line after %n days without a routine; {dose}: e.g. "2 sets of 10".</extracomment>
            <translation>
                <numerusform>Nach %n Tag Pause startet {exercise} eine Stufe niedriger: {dose}.</numerusform>
                <numerusform>Nach %n Tagen Pause startet {exercise} eine Stufe niedriger: {dose}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/progression.py" line="193" />
            <source>After %n day(s) away, {exercise:lower} restarts a step lower: {easier:lower}, {dose}.</source>
            <extracomment>A what-changed line after %n days without a routine: {easier} is the easier exercise done instead.</extracomment>
            <translation>
                <numerusform>Nach %n Tag Pause startet {exercise} eine Stufe niedriger: {easier}, {dose}.</numerusform>
                <numerusform>Nach %n Tagen Pause startet {exercise} eine Stufe niedriger: {easier}, {dose}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Symptoms</name>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="216" />
            <source>sharp or shooting pain</source>
            <extracomment>A warning sign asked about under the pain question, and named in referrals.</extracomment>
            <translation>stechende oder einschießende Schmerzen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="218" />
            <source>numbness or tingling</source>
            <extracomment>A warning sign asked about under the pain question, and named in referrals.</extracomment>
            <translation>Taubheit oder Kribbeln</translation>
        </message>
    </context>
    <context>
        <name>Reminder</name>
        <message>
            <location filename="../../desk_coach/wording/sentences/reminders.py" line="12" />
            <source>Time for your stretch routine</source>
            <extracomment>Title of the reminder for the long break, a guided stretch routine.</extracomment>
            <translation>Zeit für deine Dehnroutine</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/reminders.py" line="14" />
            <source>Time to stand up</source>
            <extracomment>Title of the reminder for a short break: get up from the chair.</extracomment>
            <translation>Zeit zum Aufstehen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/reminders.py" line="16" />
            <source>You've been sitting for {sat} min. About {routine} minutes: hip flexors and chest first, then glutes and upper back.</source>
            <extracomment>Body of the long-break reminder. {sat}: minutes sat so far; {routine}: the routine's length in minutes.</extracomment>
            <translation>Du sitzt seit {sat} Min. Etwa {routine} Minuten: zuerst Hüftbeuger und Brust, dann Gesäß und oberer Rücken.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/reminders.py" line="22" />
            <source>You've been sitting for {sat} min. Stand, walk a few steps and stretch for {minutes} min.</source>
            <extracomment>Body of the short-break reminder. {sat}: minutes sat so far; {minutes}: the break's length in minutes.</extracomment>
            <translation>Du sitzt seit {sat} Min. Steh auf, geh ein paar Schritte und dehne dich {minutes} Min. lang.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/reminders.py" line="27" />
            <source>You've been sitting for {sat} min. Stand, walk a few steps and stretch for {seconds} s.</source>
            <extracomment>Body of the short-break reminder. {sat}: minutes sat so far; {seconds}: the break's length in seconds.</extracomment>
            <translation>Du sitzt seit {sat} Min. Steh auf, geh ein paar Schritte und dehne dich {seconds} s lang.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/reminders.py" line="32" />
            <source>You skipped the last break; even a minute on your feet helps.</source>
            <extracomment>Added to a reminder when the user skipped the break before this one.</extracomment>
            <translation>Die letzte Pause hast du ausgelassen; schon eine Minute auf den Beinen tut gut.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/reminders.py" line="36" />
            <source>The last %n break(s) were skipped; how about a short one now?</source>
            <extracomment>Added to a reminder when the user skipped several breaks in a row (%n is 2 or more).</extracomment>
            <translation>
                <numerusform>Die letzte Pause wurde ausgelassen; wie wäre es jetzt mit einer kurzen?</numerusform>
                <numerusform>Die letzten %n Pausen wurden ausgelassen; wie wäre es jetzt mit einer kurzen?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/reminders.py" line="40" />
            <source>Snoozed once already.</source>
            <extracomment>Added to a reminder that the user snoozed once before.</extracomment>
            <translation>Schon einmal verschoben.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/reminders.py" line="42" />
            <source>Snoozed %n time(s) already.</source>
            <extracomment>Added to a reminder that the user snoozed several times (%n is 2 or more).</extracomment>
            <translation>
                <numerusform>Schon %n-mal verschoben.</numerusform>
                <numerusform>Schon %n-mal verschoben.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/reminders.py" line="44" />
            <source>Start now, or skip this one.</source>
            <extracomment>Added when the reminder may not be snoozed again: only Start and Skip remain.</extracomment>
            <translation>Starte jetzt oder lass diese Pause aus.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/reminders.py" line="46" />
            <source>Start</source>
            <extracomment>Button on a reminder: begin the break now.</extracomment>
            <translation>Starten</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/reminders.py" line="48" />
            <source>Snooze</source>
            <extracomment>Button on a reminder: show it again in a few minutes.</extracomment>
            <translation>Später</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/reminders.py" line="50" />
            <source>Skip</source>
            <extracomment>Button on a reminder: leave this break out.</extracomment>
            <translation>Auslassen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/reminders.py" line="52" />
            <source>A break starts in %n second(s)</source>
            <extracomment>Title of strict mode's heads-up: a due break starts by itself after %n seconds (no Snooze, no Skip).</extracomment>
            <translation>
                <numerusform>In %n Sekunde beginnt eine Pause</numerusform>
                <numerusform>In %n Sekunden beginnt eine Pause</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/reminders.py" line="54" />
            <source>Finish your sentence or save your work: then stand up and move for a moment.</source>
            <extracomment>Body of strict mode's heads-up before a short break.</extracomment>
            <translation>Schreib deinen Satz zu Ende oder speichere deine Arbeit: Dann steh auf und beweg dich einen Moment.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/reminders.py" line="58" />
            <source>Finish your sentence or save your work: your stretch routine comes next.</source>
            <extracomment>Body of strict mode's heads-up before the long break, a guided stretch routine.</extracomment>
            <translation>Schreib deinen Satz zu Ende oder speichere deine Arbeit: Gleich kommt deine Dehnroutine.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/reminders.py" line="62" />
            <source>Start now</source>
            <extracomment>The one button of strict mode's heads-up: begin the break now rather than when the warning ends.</extracomment>
            <translation>Jetzt starten</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/snooze.py" line="13" />
            <source>Snooze {minutes} min</source>
            <extracomment>The reminder's Snooze button, which puts the break off for the usual length; keep it short (a notification's button). {minutes}: a number of minutes, e.g. "5".</extracomment>
            <translation>{minutes} Min. später</translation>
        </message>
    </context>
    <context>
        <name>ScreenSummary</name>
        <message>
            <location filename="../../desk_coach/wording/sentences/screening.py" line="14" />
            <source>{item}: it hurt, so it was left out.</source>
            <extracomment>Self-check summary, "What we found". {item}: a movement check's name, e.g. "Hip hinge".</extracomment>
            <translation>{item}: Es tat weh, daher wurde es ausgelassen.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/screening.py" line="17" />
            <source>{item}: {score}.</source>
            <extracomment>Self-check summary. {item}: a movement check's name; {score}: how it went, in the content's words, e.g. "moves freely" or "a little stiff".</extracomment>
            <translation>{item}: {score}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/screening.py" line="20" />
            <source>{item}: {score}; your {lower} {side} scored lower than your {higher}.</source>
            <extracomment>Self-check summary, when one side did less well. {item}: the check's name; {score}: how it went; {lower}, {higher}: "left" or "right"; {side}: what was checked on each side, e.g. "leg".</extracomment>
            <translation>{item}: {score}; {side} {lower} schnitt schwächer ab als {higher}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/screening.py" line="24" />
            <source>{item}: skipped.</source>
            <extracomment>Self-check summary: the user skipped this movement check. {item}: its name.</extracomment>
            <translation>{item}: übersprungen.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/screening.py" line="26" />
            <source>{item}: left out after your answers.</source>
            <extracomment>Self-check summary: a health answer meant this check was not offered. {item}: its name.</extracomment>
            <translation>{item}: nach deinen Antworten ausgelassen.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/screening.py" line="28" />
            <source>Paused for now: the moves for your {regions}.</source>
            <extracomment>Self-check summary, "What Desk Coach will focus on". {regions}: e.g. "hips and back".</extracomment>
            <translation>Vorerst pausiert: die Übungen für {regions}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/screening.py" line="30" />
            <source>Pregnancy-friendly versions of each move.</source>
            <extracomment>Self-check summary, "What Desk Coach will focus on", after a yes to the pregnancy question.</extracomment>
            <translation>Schwangerschaftsgerechte Varianten jeder Übung.</translation>
        </message>
    </context>
    <context>
        <name>Sides</name>
        <message>
            <location filename="../../desk_coach/wording/sentences/screening.py" line="36" />
            <source>left</source>
            <extracomment>A side of the body, inside "your right leg scored lower than your left".</extracomment>
            <translation>links</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/screening.py" line="38" />
            <source>right</source>
            <extracomment>A side of the body, inside "your right leg scored lower than your left".</extracomment>
            <translation>rechts</translation>
        </message>
    </context>
    <context>
        <name>SetUp</name>
        <message>
            <location filename="../../desk_coach/wording/sentences/set_up.py" line="12" />
            <source>Coaching is not set up yet</source>
            <extracomment>Title of the message shown when the user closed the self-check without finishing it.</extracomment>
            <translation>Das Coaching ist noch nicht eingerichtet</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/set_up.py" line="15" />
            <source>Until you take the self-check, every break is a short walk. Choose Set up coaching… in the tray menu when you are ready.</source>
            <extracomment>The message shown when the user closed the self-check without finishing it. "Set up coaching…" is the tray menu's entry.</extracomment>
            <translation>Bis du den Selbstcheck machst, ist jede Pause ein kurzer Spaziergang. Wähle „Coaching einrichten…“ im Menü des Symbols im Systembereich, wenn du so weit bist.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/set_up.py" line="21" />
            <source>Coaching is not set up yet, so this is a walk break: choose Set up coaching… in the tray menu for stretches and strength moves.</source>
            <extracomment>Added to the first reminder while coaching is not set up. "Set up coaching…" is the tray menu's entry.</extracomment>
            <translation>Das Coaching ist noch nicht eingerichtet, daher ist dies eine Gehpause: Wähle „Coaching einrichten…“ im Menü des Symbols im Systembereich für Dehn- und Kraftübungen.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/set_up.py" line="27" />
            <source>Desk Coach lives in the system tray, usually by the clock: a ring that fills as your next break comes closer. Click it for its menu (Start a break now, Pause, Self-check…, Settings…).</source>
            <extracomment>Last page of the self-check: where the app is found. The names in brackets are the tray menu's entries.</extracomment>
            <translation>Desk Coach wohnt im Systembereich der Taskleiste, meist neben der Uhr: ein Ring, der sich füllt, je näher deine nächste Pause rückt. Klicke darauf für sein Menü (Jetzt eine Pause starten, Pausieren, Selbstcheck…, Einstellungen…).</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/set_up.py" line="33" />
            <source>Your first break comes after {minutes} minutes of sitting, inside your work hours.</source>
            <extracomment>Last page of the self-check, outside work hours. {minutes}: the sitting interval in minutes.</extracomment>
            <translation>Deine erste Pause kommt nach {minutes} Minuten Sitzen, innerhalb deiner Arbeitszeiten.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/set_up.py" line="38" />
            <source>Your first break comes at {at} (in about {left} min), after {minutes} minutes of sitting; time away from the keyboard counts as a break.</source>
            <extracomment>Last page of the self-check. {at}: the time of day ("10:30"); {left}: minutes from now; {minutes}: the sitting interval.</extracomment>
            <translation>Deine erste Pause kommt um {at} (in etwa {left} Min.), nach {minutes} Minuten Sitzen; Zeit abseits der Tastatur zählt als Pause.</translation>
        </message>
        <message>
            <source>Set &amp;up coaching…</source>
            <extracomment>The tray menu's entry that opens the self-check while coaching is not set up; "&amp;" marks the shortcut letter.</extracomment>
            <translation type="vanished">Coaching &amp;einrichten…</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="15" />
            <source>Sitting {minutes} min</source>
            <extracomment>Status line (tray menu, tooltip): how long the user has sat. {minutes}: a number of minutes.</extracomment>
            <translation>Sitzt seit {minutes} Min.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="17" />
            <source>Sitting {minutes} min · next break in {next} min</source>
            <extracomment>Status line. {minutes}: minutes sat; {next}: minutes until the next break.</extracomment>
            <translation>Sitzt seit {minutes} Min. · nächste Pause in {next} Min.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="19" />
            <source>Sitting {minutes} min · time for a break</source>
            <extracomment>Status line while a break is due. {minutes}: minutes sat.</extracomment>
            <translation>Sitzt seit {minutes} Min. · Zeit für eine Pause</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="21" />
            <source>On a break</source>
            <extracomment>Status line while the break window is open.</extracomment>
            <translation>In der Pause</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="23" />
            <source>Away from the desk</source>
            <extracomment>Status line while the user is away from the computer.</extracomment>
            <translation>Nicht am Schreibtisch</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="25" />
            <source>activity cannot be sensed on this desktop</source>
            <extracomment>Part of the status line: this desktop does not tell when the user types or moves the mouse.</extracomment>
            <translation>Aktivität lässt sich auf diesem Desktop nicht erkennen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="28" />
            <source>not saving: {problem}</source>
            <extracomment>Part of the status line: the history cannot be written. {problem}: why, e.g. "the disk that holds your history is full".</extracomment>
            <translation>Speichern nicht möglich: {problem}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="30" />
            <source>Desk Coach</source>
            <extracomment>The status line when there is nothing to say: the app's name.</extracomment>
            <translation>Desk Coach</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="32" />
            <source>snoozed until {at}</source>
            <extracomment>Part of the status line: the user snoozed the reminder. {at}: a time, e.g. "10:30" or "tomorrow 09:00".</extracomment>
            <translation>verschoben bis {at}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="34" />
            <source>reminder closed, back at {at}</source>
            <extracomment>Part of the status line: the user closed the reminder. {at}: when it comes back, e.g. "10:30".</extracomment>
            <translation>Erinnerung geschlossen, kommt wieder um {at}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="36" />
            <source>break ended early, back at {at}</source>
            <extracomment>Part of the status line: the user left the break window early. {at}: when the break comes back.</extracomment>
            <translation>Pause früh beendet, kommt wieder um {at}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="38" />
            <source>break put off until {at}</source>
            <extracomment>Part of the status line: the break comes later. {at}: when, e.g. "10:30".</extracomment>
            <translation>Pause verschoben bis {at}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="41" />
            <source>break left by the emergency way out, back at {at}</source>
            <extracomment>Part of the status line: a strict-mode break was left by the emergency way out and comes back. {at}: when, e.g. "10:30".</extracomment>
            <translation>Pause über den Notausgang verlassen, kommt wieder um {at}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="43" />
            <source>strict mode: the break starts in a few seconds</source>
            <extracomment>Part of the status line: strict mode is on and the due break starts by itself in a few seconds.</extracomment>
            <translation>strenger Modus: Die Pause beginnt in wenigen Sekunden</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="45" />
            <source>the reminder could not be shown (no notification service or system tray)</source>
            <extracomment>Part of the status line: the reminder could not be shown anywhere.</extracomment>
            <translation>die Erinnerung konnte nicht angezeigt werden (kein Benachrichtigungsdienst und kein Systembereich)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="49" />
            <source>reminder shown, answer it from the tray menu</source>
            <extracomment>Part of the status line: the reminder has no buttons; the tray menu answers it.</extracomment>
            <translation>Erinnerung angezeigt, antworte im Menü des Symbols im Systembereich</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="51" />
            <source>reminder on screen, waiting for your answer</source>
            <extracomment>Part of the status line: the reminder is on screen with its buttons.</extracomment>
            <translation>Erinnerung auf dem Bildschirm, wartet auf deine Antwort</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="53" />
            <source>paused until {at}</source>
            <extracomment>Part of the status line: the user paused the coach. {at}: until when, e.g. "tomorrow 09:00".</extracomment>
            <translation>pausiert bis {at}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="55" />
            <source>outside work hours</source>
            <extracomment>Part of the status line: no reminders outside the user's work hours.</extracomment>
            <translation>außerhalb der Arbeitszeit</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="57" />
            <source>outside work hours until {at}</source>
            <extracomment>Part of the status line. {at}: when the work hours begin, e.g. "Mon 09:00".</extracomment>
            <translation>außerhalb der Arbeitszeit bis {at}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="60" />
            <source>break waits: {reasons}</source>
            <extracomment>Part of the status line: the break waits. {reasons}: e.g. "the camera is in use and do not disturb is on".</extracomment>
            <translation>Pause wartet: {reasons}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="62" />
            <source>break waits for a pause in your typing</source>
            <extracomment>Part of the status line: the break waits until the user stops typing.</extracomment>
            <translation>Pause wartet, bis du eine Tipp-Pause machst</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="64" />
            <source>{time}</source>
            <extracomment>A time of day today, as the status line says it: "10:30". Usually left as it is.</extracomment>
            <translation>{time}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="66" />
            <source>tomorrow {time}</source>
            <extracomment>A time of day tomorrow, as the status line says it: "tomorrow 09:00".</extracomment>
            <translation>morgen {time}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="68" />
            <source>{weekday} {time}</source>
            <extracomment>A time of day later this week: a short weekday name and the time, "Mon 09:00".</extracomment>
            <translation>{weekday} {time}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="74" />
            <source>a fullscreen window is active</source>
            <extracomment>Why a break waits: a film, a presentation or a game fills the screen.</extracomment>
            <translation>ein Vollbildfenster ist aktiv</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="76" />
            <source>the camera is in use</source>
            <extracomment>Why a break waits: most likely a video call.</extracomment>
            <translation>die Kamera wird benutzt</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="78" />
            <source>the microphone is in use</source>
            <extracomment>Why a break waits: a call or a recording.</extracomment>
            <translation>das Mikrofon wird benutzt</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="80" />
            <source>do not disturb is on</source>
            <extracomment>Why a break waits: the desktop's own do-not-disturb switch is on.</extracomment>
            <translation>„Nicht stören“ ist an</translation>
        </message>
    </context>
    <context>
        <name>Week</name>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/week.py" line="15" />
            <source>You broke up sitting %n time(s); longest bout {minutes} min on {weekday}.</source>
            <extracomment>The week's summary, first sentence. %n: breaks taken; {minutes}: the longest time sat without a break; {weekday}: the day it happened, e.g. "Tuesday".</extracomment>
            <translation>
                <numerusform>Du hast das Sitzen %n-mal unterbrochen; am längsten am Stück: {minutes} Min. am {weekday}.</numerusform>
                <numerusform>Du hast das Sitzen %n-mal unterbrochen; am längsten am Stück: {minutes} Min. am {weekday}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/week.py" line="19" />
            <source>You broke up sitting %n time(s); no sitting recorded.</source>
            <extracomment>The week's summary, first sentence, in a week without any sitting. %n: breaks taken.</extracomment>
            <translation>
                <numerusform>Du hast das Sitzen %n-mal unterbrochen; kein Sitzen aufgezeichnet.</numerusform>
                <numerusform>Du hast das Sitzen %n-mal unterbrochen; kein Sitzen aufgezeichnet.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/week.py" line="24" />
            <source>Sitting in all: {sitting}; {routines} completed; {put_off}.</source>
            <extracomment>The week's summary, second sentence. {sitting}: e.g. "22 h 10 min"; {routines}: e.g. "2 routines"; {put_off}: e.g. "2 breaks ended early, 1 snoozed" or "no break put off or cut short".</extracomment>
            <translation>Sitzen insgesamt: {sitting}; {routines} abgeschlossen; {put_off}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/week.py" line="30" />
            <source>%n routine(s)</source>
            <extracomment>Inside the week's summary: "2 routines (completed)".</extracomment>
            <translation>
                <numerusform>%n Routine</numerusform>
                <numerusform>%n Routinen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/week.py" line="32" />
            <source>no break put off or cut short</source>
            <extracomment>Inside the week's summary, when every break went as planned.</extracomment>
            <translation>keine Pause verschoben oder abgebrochen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/week.py" line="34" />
            <source>%n break(s) ended early</source>
            <extracomment>The first of the breaks put off, with the noun: "2 breaks ended early".</extracomment>
            <translation>
                <numerusform>%n Pause früh beendet</numerusform>
                <numerusform>%n Pausen früh beendet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/week.py" line="36" />
            <source>%n ended early</source>
            <extracomment>A later one of the breaks put off, after another count: "…, 2 ended early".</extracomment>
            <translation>
                <numerusform>%n früh beendet</numerusform>
                <numerusform>%n früh beendet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/week.py" line="38" />
            <source>%n break(s) snoozed</source>
            <extracomment>The first of the breaks put off, with the noun: "1 break snoozed".</extracomment>
            <translation>
                <numerusform>%n Pause verschoben</numerusform>
                <numerusform>%n Pausen verschoben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/week.py" line="40" />
            <source>%n snoozed</source>
            <extracomment>A later one of the breaks put off, after another count: "…, 1 snoozed".</extracomment>
            <translation>
                <numerusform>%n verschoben</numerusform>
                <numerusform>%n verschoben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/week.py" line="42" />
            <source>%n break(s) closed unanswered</source>
            <extracomment>The first of the breaks put off, with the noun: reminders closed without an answer.</extracomment>
            <translation>
                <numerusform>%n Pause ohne Antwort geschlossen</numerusform>
                <numerusform>%n Pausen ohne Antwort geschlossen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/week.py" line="44" />
            <source>%n closed unanswered</source>
            <extracomment>A later one of the breaks put off, after another count: reminders closed without an answer.</extracomment>
            <translation>
                <numerusform>%n ohne Antwort geschlossen</numerusform>
                <numerusform>%n ohne Antwort geschlossen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/week.py" line="46" />
            <source>%n break(s) skipped</source>
            <extracomment>The first of the breaks put off, with the noun: "1 break skipped".</extracomment>
            <translation>
                <numerusform>%n Pause ausgelassen</numerusform>
                <numerusform>%n Pausen ausgelassen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/week.py" line="48" />
            <source>%n skipped</source>
            <extracomment>A later one of the breaks put off, after another count: "…, 1 skipped".</extracomment>
            <translation>
                <numerusform>%n ausgelassen</numerusform>
                <numerusform>%n ausgelassen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/week.py" line="50" />
            <source>%n break(s) held back in quiet time</source>
            <extracomment>The first of the breaks put off, with the noun: delayed while a call or a film was on.</extracomment>
            <translation>
                <numerusform>%n Pause in einer Ruhezeit zurückgehalten</numerusform>
                <numerusform>%n Pausen in Ruhezeiten zurückgehalten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/week.py" line="52" />
            <source>%n held back in quiet time</source>
            <extracomment>A later one of the breaks put off, after another count.</extracomment>
            <translation>
                <numerusform>%n in einer Ruhezeit zurückgehalten</numerusform>
                <numerusform>%n in Ruhezeiten zurückgehalten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/week.py" line="54" />
            <source>{first}, {next}</source>
            <extracomment>Joins the counts of breaks put off: "2 breaks ended early, 1 snoozed".</extracomment>
            <translation>{first}, {next}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/week.py" line="56" />
            <source>{first}; {next}</source>
            <extracomment>Joins the minutes of exercise per body area: "chest 12 min; glutes 8 min".</extracomment>
            <translation>{first}; {next}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/week.py" line="59" />
            <source>Exercise: {worked}; {pull}, {push}.</source>
            <extracomment>The week's summary, third sentence. {worked}: minutes per body area, e.g. "chest 12 min"; {pull} and {push}: sets done, e.g. "3 pull sets" and "1 push set".</extracomment>
            <translation>Übungen: {worked}; {pull}, {push}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/week.py" line="61" />
            <source>Exercise: none yet; {pull}, {push}.</source>
            <extracomment>The week's summary, third sentence, before any exercise. {pull}, {push}: e.g. "0 pull sets".</extracomment>
            <translation>Übungen: noch keine; {pull}, {push}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/week.py" line="63" />
            <source>{target} {minutes} min</source>
            <extracomment>Minutes of exercise for one body area this week: "chest 12 min".</extracomment>
            <translation>{target} {minutes} Min.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/week.py" line="66" />
            <source>{target} {minutes} min, goal {goal}</source>
            <extracomment>Minutes of exercise for one body area this week, and the weekly goal in minutes: "chest 12 min, goal 20".</extracomment>
            <translation>{target} {minutes} Min., Ziel {goal}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/week.py" line="68" />
            <source>%n pull set(s)</source>
            <extracomment>Sets of pulling exercises (rows, band pull-aparts) done this week.</extracomment>
            <translation>
                <numerusform>%n Zug-Satz</numerusform>
                <numerusform>%n Zug-Sätze</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/week.py" line="70" />
            <source>%n push set(s)</source>
            <extracomment>Sets of pushing exercises (push-ups) done this week.</extracomment>
            <translation>
                <numerusform>%n Druck-Satz</numerusform>
                <numerusform>%n Druck-Sätze</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/week.py" line="73" />
            <source>{sets} pull sets</source>
            <extracomment>Sets of pulling exercises done this week when some were done in part: {sets} is a figure with one decimal, "4.5".</extracomment>
            <translation>{sets} Zug-Sätze</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/week.py" line="76" />
            <source>{sets} push sets</source>
            <extracomment>Sets of pushing exercises done this week when some were done in part: {sets} is a figure with one decimal, "4.5".</extracomment>
            <translation>{sets} Druck-Sätze</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/week.py" line="82" />
            <source>hip flexors</source>
            <extracomment>A body area inside the week's summary: "hip flexors 12 min".</extracomment>
            <translation>Hüftbeuger</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/week.py" line="84" />
            <source>chest</source>
            <extracomment>A body area inside the week's summary: "chest 12 min".</extracomment>
            <translation>Brust</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/week.py" line="86" />
            <source>glutes</source>
            <extracomment>A body area inside the week's summary: "glutes 12 min".</extracomment>
            <translation>Gesäß</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/week.py" line="88" />
            <source>upper back</source>
            <extracomment>A body area inside the week's summary: "upper back 12 min".</extracomment>
            <translation>oberer Rücken</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/week.py" line="90" />
            <source>thoracic</source>
            <extracomment>A body area inside the week's summary: the middle of the spine, "thoracic 12 min".</extracomment>
            <translation>Brustwirbelsäule</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/week.py" line="92" />
            <source>hamstrings</source>
            <extracomment>A body area inside the week's summary: the back of the thighs.</extracomment>
            <translation>hintere Oberschenkel</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/week.py" line="94" />
            <source>neck</source>
            <extracomment>A body area inside the week's summary: "neck 12 min".</extracomment>
            <translation>Nacken</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/week.py" line="96" />
            <source>walk</source>
            <extracomment>Walking breaks inside the week's summary: "walk 12 min".</extracomment>
            <translation>Gehen</translation>
        </message>
    </context>
    <context>
        <name>Weeks</name>
        <message>
            <location filename="../../desk_coach/wording/sentences/weeks.py" line="13" />
            <source>{text} is not an ISO week like 2026-W48</source>
            <extracomment>A week given on the command line ("desk-coach stats --week"); {text} is what was typed, quoted; 2026-W48 is how a week is written, keep its form.</extracomment>
            <translation>{text} ist keine ISO-Woche wie 2026-W48</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/weeks.py" line="15" />
            <source>{text} is outside the years Desk Coach counts in ({first}-{last})</source>
            <extracomment>{text} is the week typed, {first} and {last} are years.</extracomment>
            <translation>{text} liegt außerhalb der Jahre, die Desk Coach zählt ({first}-{last})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/weeks.py" line="19" />
            <source>{text} is not a week of {year}</source>
            <extracomment>{text} is the week typed, {year} its year (a year without that week number).</extracomment>
            <translation>{text} ist keine Woche des Jahres {year}</translation>
        </message>
    </context>
    <context>
        <name>YourData</name>
        <message>
            <location filename="../../desk_coach/wording/sentences/your_data.py" line="12" />
            <source>Desk Coach is running; quit it first, then delete your data.</source>
            <extracomment>Deleting all data is refused because Desk Coach is running (it would write its history again).</extracomment>
            <translation>Desk Coach läuft; beende es zuerst und lösche dann deine Daten.</translation>
        </message>
    </context>
    <context>
        <name>WeekTable</name>
        <message>
            <location filename="../../desk_coach/wording/week_stats_words.py" line="109" />
            <source>Breaks: Taken = a break run to its end; Ended early = a break left before its end;</source>
            <extracomment>Legend under the week's table, line 1 of 4; the capitalised words are the column names.</extracomment>
            <translation>Pausen: Gemacht = eine Pause bis zum Ende; Früh beendet = eine Pause vor ihrem Ende verlassen;</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_stats_words.py" line="113" />
            <source>Natural = you got up by yourself; Snoozed and Skipped = reminders put off or declined;</source>
            <extracomment>Legend under the week's table, line 2 of 4.</extracomment>
            <translation>Von selbst = du bist von dir aus aufgestanden; Verschoben und Ausgelassen = Erinnerungen aufgeschoben oder abgelehnt;</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_stats_words.py" line="118" />
            <source>Closed = reminders closed without an answer; Held back = delayed by quiet time.</source>
            <extracomment>Legend under the week's table, line 3 of 4.</extracomment>
            <translation>Geschlossen = Erinnerungen ohne Antwort geschlossen; Zurückgehalten = wegen einer Ruhezeit verzögert.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_stats_words.py" line="122" />
            <source>Routines = routines completed; Exercise = minutes of guided exercise.</source>
            <extracomment>Legend under the week's table, line 4 of 4.</extracomment>
            <translation>Routinen = abgeschlossene Routinen; Übungen = Minuten angeleiteter Übungen.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_stats_words.py" line="41" />
            <source>Week</source>
            <extracomment>The last row of the week's table: the whole week's figures.</extracomment>
            <translation>Woche</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_stats_words.py" line="79" />
            <source>Day</source>
            <extracomment>Column of the week's table (`desk-coach stats`): the day.</extracomment>
            <translation>Tag</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_stats_words.py" line="81" />
            <source>Sitting</source>
            <extracomment>Column of the week's table: minutes sat that day.</extracomment>
            <translation>Sitzen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_stats_words.py" line="83" />
            <source>Longest bout</source>
            <extracomment>Column of the week's table: the longest time sat without a break.</extracomment>
            <translation>Längste Sitzphase</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_stats_words.py" line="85" />
            <source>Taken</source>
            <extracomment>Column of the week's table: breaks run to their end (see the legend).</extracomment>
            <translation>Gemacht</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_stats_words.py" line="87" />
            <source>Ended early</source>
            <extracomment>Column of the week's table: breaks left before their end.</extracomment>
            <translation>Früh beendet</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_stats_words.py" line="89" />
            <source>Natural</source>
            <extracomment>Column of the week's table: breaks the user took by getting up without a reminder.</extracomment>
            <translation>Von selbst</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_stats_words.py" line="91" />
            <source>Snoozed</source>
            <extracomment>Column of the week's table: reminders snoozed.</extracomment>
            <translation>Verschoben</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_stats_words.py" line="93" />
            <source>Closed</source>
            <extracomment>Column of the week's table: reminders closed without an answer.</extracomment>
            <translation>Geschlossen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_stats_words.py" line="95" />
            <source>Skipped</source>
            <extracomment>Column of the week's table: reminders skipped.</extracomment>
            <translation>Ausgelassen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_stats_words.py" line="97" />
            <source>Held back</source>
            <extracomment>Column of the week's table: breaks delayed by quiet time (a call, a film).</extracomment>
            <translation>Zurückgehalten</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_stats_words.py" line="99" />
            <source>Routines</source>
            <extracomment>Column of the week's table: routines completed.</extracomment>
            <translation>Routinen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_stats_words.py" line="101" />
            <source>Exercise</source>
            <extracomment>Column of the week's table: minutes of guided exercise.</extracomment>
            <translation>Übungen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_stats_words.py" line="27" />
            <source>{weekday} {day}</source>
            <extracomment>A day's row in the week's table: short weekday and day of the month, "Mon 02".</extracomment>
            <translation>{weekday} {day}</translation>
        </message>
    </context>
    <context>
        <name>WeekProgramme</name>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="65" />
            <source>Week of {span}, every planned break done in full:</source>
            <extracomment>The heading of the week's programme; {span}: "Mon 23 Nov to Sun 29 Nov 2026".</extracomment>
            <translation>Woche {span}, jede geplante Pause vollständig gemacht:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/week_words.py" line="232" />
            <source>{name}: %n time(s) this week (goal: at least {goal}).</source>
            <extracomment>As above, %n times this week.</extracomment>
            <translation>
                <numerusform>{name}: %n-mal diese Woche (Ziel: mindestens {goal}).</numerusform>
                <numerusform>{name}: %n-mal diese Woche (Ziel: mindestens {goal}).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="44" />
            <source>nothing</source>
            <extracomment>A day's routine in the week's programme without any move.</extracomment>
            <translation>nichts</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="70" />
            <source>This week against the weekly rules:</source>
            <extracomment>The heading of the week's figures, set against the coaching's weekly rules.</extracomment>
            <translation>Diese Woche im Vergleich mit den Wochenregeln:</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="96" />
            <source>{day} (done):</source>
            <extracomment>A day of the week's programme that is over; {day}: "Mon 23 Nov".</extracomment>
            <translation>{day} (erledigt):</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="108" />
            <source>Daily routine: {moves}.</source>
            <extracomment>A day's longer routine in the week's programme; {moves}: its moves and doses.</extracomment>
            <translation>Tägliche Routine: {moves}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/week_words.py" line="116" />
            <source>%n micro-break(s): {summary}.</source>
            <extracomment>A day's short breaks in the week's programme; {summary}: their moves ("Chin tuck x3").</extracomment>
            <translation>
                <numerusform>%n Kurzpause: {summary}.</numerusform>
                <numerusform>%n Kurzpausen: {summary}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="202" />
            <source>Pull sets {pull}, push sets {push}: pulls are at least {ratio} times the pushes.</source>
            <extracomment>The week's pulling sets against its pushing sets, and the ratio the coaching asks for.</extracomment>
            <translation>Zugsätze {pull}, Drücksätze {push}: mindestens {ratio}-mal so viele Zug- wie Drücksätze.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="208" />
            <source>Pull sets {pull}, push sets {push}: pulls are fewer than {ratio} times the pushes.</source>
            <extracomment>As above, when the pulls fall short of the ratio.</extracomment>
            <translation>Zugsätze {pull}, Drücksätze {push}: weniger als {ratio}-mal so viele Zug- wie Drücksätze.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="224" />
            <source>{name}: not at all this week (goal: at least {goal}).</source>
            <extracomment>How often the week has the weekly pushing move ({name}), against its {goal} of sessions.</extracomment>
            <translation>{name}: diese Woche gar nicht (Ziel: mindestens {goal}).</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="227" />
            <source>{name}: once this week (goal: at least {goal}).</source>
            <extracomment>As above, once this week.</extracomment>
            <translation>{name}: einmal diese Woche (Ziel: mindestens {goal}).</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="230" />
            <source>{name}: twice this week (goal: at least {goal}).</source>
            <extracomment>As above, twice this week.</extracomment>
            <translation>{name}: zweimal diese Woche (Ziel: mindestens {goal}).</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="74" />
            <source>Exercises are on hold, so every break is a walk and no weekly goal applies.</source>
            <extracomment>The week's figures while exercise is on hold after the health questions.</extracomment>
            <translation>Die Übungen pausieren, deshalb ist jede Pause ein Spaziergang, und es gilt kein Wochenziel.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="79" />
            <source>Coaching is not set up yet, so every break is a walk and no weekly goal applies.</source>
            <extracomment>The week's figures before the self-check.</extracomment>
            <translation>Das Coaching ist noch nicht eingerichtet, deshalb ist jede Pause ein Spaziergang, und es gilt kein Wochenziel.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="99" />
            <source>{day} (today):</source>
            <extracomment>Today in the week's programme; {day}: "Wed 25 Nov".</extracomment>
            <translation>{day} (heute):</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="102" />
            <source>{day} (planned):</source>
            <extracomment>A day of the week's programme still to come; {day}: "Thu 26 Nov".</extracomment>
            <translation>{day} (geplant):</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="112" />
            <source>Note: {note}</source>
            <extracomment>Under a day's routine: why it is as it is ({note}: one or more sentences).</extracomment>
            <translation>Hinweis: {note}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="136" />
            <source>{target} stretching: {got} min a side ({routines} in daily routines), goal {goal} min: reached.</source>
            <extracomment>The week's stretching of a tight body area ({target}: "Hip flexors"), in minutes a side: {got} in all, {routines} of them in the daily routines, against the {goal}.</extracomment>
            <translation>{target} – Dehnen: {got} min pro Seite ({routines} davon in den täglichen Routinen), Ziel {goal} min: erreicht.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="143" />
            <source>{target} stretching: {got} min a side ({routines} in daily routines), goal {goal} min: short.</source>
            <extracomment>As "... goal {goal} min: reached.", when the week's stretching falls short of its goal.</extracomment>
            <translation>{target} – Dehnen: {got} min pro Seite ({routines} davon in den täglichen Routinen), Ziel {goal} min: nicht erreicht.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="168" />
            <source>{target} stretching: {minutes} min a side.</source>
            <extracomment>The week's stretching of a body area that is not tight ({target}: "Chest"), in minutes a side.</extracomment>
            <translation>{target} – Dehnen: {minutes} min pro Seite.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/week_words.py" line="180" />
            <source>{target} strength work: %n day(s) in daily routines.</source>
            <extracomment>Days of a body area's strength work ({target}: "Glutes") in the week's routines.</extracomment>
            <translation>
                <numerusform>{target} – Kraftübungen: an %n Tag in den täglichen Routinen.</numerusform>
                <numerusform>{target} – Kraftübungen: an %n Tagen in den täglichen Routinen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="159" />
            <source>No target needs daily stretching; stretches keep things up a few times a week.</source>
            <translation>Kein Bereich braucht tägliches Dehnen; ein paar Dehnungen pro Woche halten dich beweglich.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/week_words.py" line="185" />
            <source>{target} strength work: %n day(s) in daily routines, goal {goal}: reached.</source>
            <extracomment>As above, with the week's goal in days ({goal}), reached.</extracomment>
            <translation>
                <numerusform>{target} – Kraftübungen: an %n Tag in den täglichen Routinen, Ziel {goal}: erreicht.</numerusform>
                <numerusform>{target} – Kraftübungen: an %n Tagen in den täglichen Routinen, Ziel {goal}: erreicht.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/week_words.py" line="193" />
            <source>{target} strength work: %n day(s) in daily routines, goal {goal}: short.</source>
            <extracomment>As above, with the week's goal in days ({goal}), not reached.</extracomment>
            <translation>
                <numerusform>{target} – Kraftübungen: an %n Tag in den täglichen Routinen, Ziel {goal}: nicht erreicht.</numerusform>
                <numerusform>{target} – Kraftübungen: an %n Tagen in den täglichen Routinen, Ziel {goal}: nicht erreicht.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="38" />
            <source>{name} {dose}</source>
            <translation>{name} {dose}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="54" />
            <source>{name} x{count}</source>
            <translation>{name} ×{count}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="93" />
            <source>{day}: no work hours, no breaks.</source>
            <extracomment>A day of the week's programme without work hours; {day}: "Sat 28 Nov".</extracomment>
            <translation>{day}: keine Arbeitszeit, keine Pausen.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="121" />
            <source>No breaks taken.</source>
            <extracomment>A day that is over, without any break done.</extracomment>
            <translation>Keine Pausen gemacht.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="124" />
            <source>No breaks left.</source>
            <extracomment>Today, when no break is left.</extracomment>
            <translation>Keine Pausen mehr übrig.</translation>
        </message>
    </context>
    <context>
        <name>SnoozeButton</name>
        <message>
            <source>&amp;Snooze</source>
            <extracomment>A Snooze button in a window, before the lengths are known.</extracomment>
            <translation type="vanished">&amp;Später</translation>
        </message>
        <message>
            <source>Press Down for other lengths.</source>
            <extracomment>What a screen reader adds about the Snooze button: how to reach the other lengths.</extracomment>
            <translation type="vanished">Mit der Pfeiltaste nach unten wählst du eine andere Länge.</translation>
        </message>
        <message>
            <source>&amp;Snooze {minutes} min</source>
            <extracomment>A Snooze button in a window: puts the break off for the usual length; {minutes}: e.g. "5". Its arrow opens the other lengths.</extracomment>
            <translation type="vanished">{minutes} Min. &amp;später</translation>
        </message>
    </context>
</TS>
