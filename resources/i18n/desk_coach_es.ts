<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>Shortcuts</name>
        <message>
            <location filename="../../desk_coach/adapters/global_shortcut.py" line="54" />
            <source>Show the status window</source>
            <extracomment>The name of Desk Coach's global shortcut in the desktop's shortcut settings (KDE Plasma).</extracomment>
            <translation>Mostrar la ventana de estado</translation>
        </message>
    </context>
    <context>
        <name>Storage</name>
        <message>
            <location filename="../../desk_coach/adapters/storage/database.py" line="181" />
            <source>Desk Coach cannot save anything in its data folder {folder}: it is read-only. It shows the history that is there and keeps coaching, but nothing new can be saved; make the folder writable (or free space on its disk) and start Desk Coach again to save again.</source>
            <extracomment>{folder} is the folder where Desk Coach keeps its data.</extracomment>
            <translation>Desk Coach no puede guardar nada en su carpeta de datos {folder}: es de solo lectura. Muestra el historial que hay y sigue acompañándote, pero no se puede guardar nada nuevo; haz que la carpeta se pueda escribir (o libera espacio en su disco) y vuelve a iniciar Desk Coach para que guarde de nuevo.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/adapters/storage/database.py" line="347" />
            <source>Desk Coach could not move {source} aside to {target}: {error}</source>
            <extracomment>A file Desk Coach cannot use is moved aside: {source} is its path, {target} the new one, {error} the reason.</extracomment>
            <translation>Desk Coach no pudo apartar {source} a {target}: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/adapters/storage/database.py" line="349" />
            <source>that name is already taken</source>
            <extracomment>Why a file could not be moved aside: another file has the name it was to get.</extracomment>
            <translation>ese nombre ya está en uso</translation>
        </message>
        <message>
            <location filename="../../desk_coach/adapters/storage/database.py" line="64" />
            <source>The file Desk Coach keeps your history in is not a database.</source>
            <translation>El archivo en el que Desk Coach guarda tu historial no es una base de datos.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/adapters/storage/database.py" line="68" />
            <source>Desk Coach's history database is damaged and could not be read safely.</source>
            <translation>La base de datos del historial de Desk Coach está dañada y no se pudo leer con seguridad.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/adapters/storage/database.py" line="72" />
            <source>Desk Coach's history database was saved by a newer version of Desk Coach, which this version cannot read. Update Desk Coach and move the file back to use that history again.</source>
            <translation>La base de datos del historial la guardó una versión más reciente de Desk Coach, que esta versión no puede leer. Actualiza Desk Coach y vuelve a poner el archivo en su sitio para usar ese historial de nuevo.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/adapters/storage/database.py" line="80" />
            <source>The file where Desk Coach keeps your history holds a database Desk Coach did not create.</source>
            <translation>El archivo donde Desk Coach guarda tu historial contiene una base de datos que Desk Coach no creó.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/adapters/storage/database.py" line="112" />
            <source>{explanation} Nothing in it was changed or deleted: the old file is now at {moved_to}. Desk Coach is continuing with a fresh, empty history.</source>
            <extracomment>After why the history database could not be used: {explanation} is that sentence, {moved_to} the path where the old file now is.</extracomment>
            <translation>{explanation} No se cambió ni se borró nada en él: el archivo antiguo está ahora en {moved_to}. Desk Coach continúa con un historial nuevo y vacío.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/adapters/storage/database.py" line="129" />
            <source>Desk Coach could not prepare its history database at {path}: {error}</source>
            <extracomment>{path} is the database file, {error} the database's own words (English).</extracomment>
            <translation>Desk Coach no pudo preparar su base de datos del historial en {path}: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/adapters/storage/database.py" line="200" />
            <source>Desk Coach cannot create or use its data folder {folder}: {error}</source>
            <extracomment>{folder} is the data folder, {error} the system's reason.</extracomment>
            <translation>Desk Coach no puede crear ni usar su carpeta de datos {folder}: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/adapters/storage/database.py" line="254" />
            <source>Desk Coach cannot write its history database {path}: {error}</source>
            <extracomment>{path} is the database file, {error} the system's reason.</extracomment>
            <translation>Desk Coach no puede escribir su base de datos del historial {path}: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/adapters/storage/database.py" line="278" />
            <source>Desk Coach cannot read its history database {path}: {error}</source>
            <extracomment>{path} is the database file, {error} the system's reason.</extracomment>
            <translation>Desk Coach no puede leer su base de datos del historial {path}: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/adapters/storage/database.py" line="294" />
            <source>Desk Coach could not check its history database {path}: {error}</source>
            <extracomment>{path} is the database file, {error} the database's own words (English).</extracomment>
            <translation>Desk Coach no pudo comprobar su base de datos del historial {path}: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/adapters/storage/database.py" line="208" />
            <source>Desk Coach cannot use its data folder {folder}: {error}</source>
            <extracomment>{folder} is the data folder, {error} the system's reason.</extracomment>
            <translation>Desk Coach no puede usar su carpeta de datos {folder}: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/bootstrap.py" line="58" />
            <source>The exercise library could not be read; breaks show a plain countdown.</source>
            <translation>No se pudo leer la biblioteca de ejercicios; las pausas muestran una cuenta atrás sencilla.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/bootstrap.py" line="64" />
            <source>{error} Desk Coach keeps coaching, but nothing new can be saved until that is fixed and Desk Coach is started again.</source>
            <extracomment>{error} is why the history database cannot be used (a sentence).</extracomment>
            <translation>{error} Desk Coach sigue acompañándote, pero no se puede guardar nada nuevo hasta que se arregle y se vuelva a iniciar Desk Coach.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/storage.py" line="12" />
            <source>the disk that holds your history is full</source>
            <extracomment>Why nothing can be saved, inside "Saving stopped: ..." and the status line's "not saving: ...".</extracomment>
            <translation>el disco donde está tu historial está lleno</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/storage.py" line="14" />
            <source>Free some space on that disk; Desk Coach saves what it kept in the meantime as soon as it can.</source>
            <extracomment>What to do when the disk is full.</extracomment>
            <translation>Libera algo de espacio en ese disco; Desk Coach guardará lo que ha ido reteniendo en cuanto pueda.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/storage.py" line="19" />
            <source>the folder that holds your history is read-only</source>
            <extracomment>Why nothing can be saved, inside "Saving stopped: ...".</extracomment>
            <translation>la carpeta donde está tu historial es de solo lectura</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/storage.py" line="21" />
            <source>Make the folder writable again (or remount it); until then nothing new can be saved.</source>
            <extracomment>What to do when the folder is read-only.</extracomment>
            <translation>Haz que la carpeta se pueda escribir de nuevo (o vuelve a montarla); hasta entonces no se puede guardar nada nuevo.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/storage.py" line="25" />
            <source>another program is holding your history database locked</source>
            <extracomment>Why nothing can be saved, inside "Saving stopped: ...".</extracomment>
            <translation>otro programa mantiene bloqueada la base de datos de tu historial</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/storage.py" line="27" />
            <source>Close any program that has the database open; Desk Coach saves what it kept once it is free.</source>
            <extracomment>What to do when another program locks the database.</extracomment>
            <translation>Cierra cualquier programa que tenga abierta la base de datos; Desk Coach guardará lo retenido en cuanto quede libre.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/storage.py" line="32" />
            <source>your history database or its folder cannot be opened (it may have been moved, deleted or unmounted)</source>
            <extracomment>Why nothing can be saved, inside "Saving stopped: ...".</extracomment>
            <translation>no se puede abrir la base de datos de tu historial o su carpeta (quizá se movió, se borró o se desmontó)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/storage.py" line="37" />
            <source>Put the folder back or restart Desk Coach; what it kept in the meantime is saved when it can.</source>
            <extracomment>What to do when the database's folder is gone.</extracomment>
            <translation>Vuelve a poner la carpeta en su sitio o reinicia Desk Coach; lo retenido mientras tanto se guardará cuando sea posible.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/storage.py" line="42" />
            <source>your history could not be written to the disk</source>
            <extracomment>Why nothing can be saved, inside "Saving stopped: ...".</extracomment>
            <translation>no se pudo escribir tu historial en el disco</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/storage.py" line="44" />
            <source>Check the disk; Desk Coach saves what it kept in the meantime as soon as it can.</source>
            <extracomment>What to do after another write error.</extracomment>
            <translation>Revisa el disco; Desk Coach guardará lo que ha ido reteniendo en cuanto pueda.</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <location filename="../../desk_coach/adapters/storage/export.py" line="346" />
            <source>{output} already exists (use --force to replace it)</source>
            <extracomment>{output} is the path given for the export; "--force" is an option's name, keep it.</extracomment>
            <translation>{output} ya existe (usa --force para reemplazarlo)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/adapters/storage/export.py" line="350" />
            <source>{output} is a folder; a JSON export needs a file name</source>
            <extracomment>{output} is the path given for the export.</extracomment>
            <translation>{output} es una carpeta; una exportación JSON necesita un nombre de archivo</translation>
        </message>
        <message>
            <location filename="../../desk_coach/adapters/storage/export.py" line="354" />
            <source>{output} is not a folder; a CSV export writes a folder</source>
            <extracomment>{output} is the path given for the export.</extracomment>
            <translation>{output} no es una carpeta; una exportación CSV escribe una carpeta</translation>
        </message>
        <message>
            <location filename="../../desk_coach/adapters/storage/export.py" line="362" />
            <source>cannot write {output}: {error}</source>
            <extracomment>{output} is the path given for the export, {error} the system's reason.</extracomment>
            <translation>no se puede escribir {output}: {error}</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <location filename="../../desk_coach/cli.py" line="59" />
            <source>log debugging detail</source>
            <extracomment>Help of the option --verbose.</extracomment>
            <translation>registrar detalles para depuración</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="64" />
            <source>show sitting time, the next break and why the coach is quiet</source>
            <extracomment>Help of the command "status".</extracomment>
            <translation>mostrar el tiempo sentado, la próxima pausa y por qué el coach está en silencio</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="67" />
            <source>print the status as JSON</source>
            <extracomment>Help of the option --json of "status".</extracomment>
            <translation>mostrar el estado como JSON</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="73" />
            <source>skip the break that is due (not in strict mode)</source>
            <extracomment>Help of the command "skip".</extracomment>
            <translation>saltar la pausa pendiente (no en modo estricto)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="79" />
            <source>show where Desk Coach keeps its data, settings and log</source>
            <extracomment>Help of the command "paths".</extracomment>
            <translation>mostrar dónde guarda Desk Coach sus datos, ajustes y registro</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="82" />
            <source>show the settings in force and any problem in the settings file</source>
            <extracomment>Help of the command "settings".</extracomment>
            <translation>mostrar los ajustes vigentes y cualquier problema del archivo de ajustes</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="87" />
            <source>only check the file: exit 1 if it has problems</source>
            <extracomment>Help of the option --check of "settings".</extracomment>
            <translation>solo comprobar el archivo: estado de salida 1 si tiene problemas</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="90" />
            <source>open the Settings window in the running coach</source>
            <extracomment>Help of the option --open of "settings".</extracomment>
            <translation>abrir los ajustes en el coach en marcha</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="93" />
            <source>open the Progress window in the running coach</source>
            <extracomment>Help of the command "progress".</extracomment>
            <translation>abrir la ventana de progreso en el coach en marcha</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="100" />
            <source>delete all your Desk Coach data: history, settings and logs</source>
            <extracomment>Help of the command "delete-data".</extracomment>
            <translation>borrar todos tus datos de Desk Coach: historial, ajustes y registros</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="103" />
            <source>confirm: really delete everything</source>
            <extracomment>Help of the option --yes of "delete-data".</extracomment>
            <translation>confirmar: borrar todo de verdad</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="110" />
            <source>start the tray coach (the default); a second start hands over to the running one</source>
            <extracomment>Help of the command "run".</extracomment>
            <translation>iniciar el coach en la bandeja del sistema (por defecto); un segundo inicio pasa el control al que ya está en marcha</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="115" />
            <source>SECONDS</source>
            <extracomment>A number of seconds in the help ("--test-interval SECONDS"); capitals, no spaces.</extracomment>
            <translation>SEGUNDOS</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="141" />
            <source>put off the break that is due in the running coach</source>
            <extracomment>Help of the command "snooze".</extracomment>
            <translation>posponer la pausa pendiente en el coach en marcha</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="144" />
            <source>snooze for N minutes, a length the Snooze menu offers (default: the usual one)</source>
            <extracomment>Help of the option --minutes of "snooze"; N is the option's value, a number of minutes.</extracomment>
            <translation>posponer N minutos, una de las duraciones del menú «Recordar más tarde» (por defecto: la habitual)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="152" />
            <source>take the self-check in the running coach, or record one from a trainer's file</source>
            <extracomment>Help of the command "screen".</extracomment>
            <translation>hacer la autoevaluación en el coach en marcha, o registrar una desde el archivo de un entrenador</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="172" />
            <source>show today's plan: the daily routine and the next micro-breaks, with reasons</source>
            <extracomment>Help of the command "plan".</extracomment>
            <translation>mostrar el plan de hoy: la rutina diaria y las próximas micropausas, con sus motivos</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="191" />
            <source>show the figures of one week: sitting, breaks, routines and exercise</source>
            <extracomment>Help of the command "stats".</extracomment>
            <translation>mostrar las cifras de una semana: tiempo sentado, pausas, rutinas y ejercicio</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="203" />
            <source>print the figures as JSON</source>
            <extracomment>Help of the option --json of "stats".</extracomment>
            <translation>mostrar las cifras como JSON</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="209" />
            <source>export all your Desk Coach data as CSV or JSON</source>
            <extracomment>Help of the command "export".</extracomment>
            <translation>exportar todos tus datos de Desk Coach como CSV o JSON</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="227" />
            <source>replace an existing output</source>
            <extracomment>Help of the option --force of "export".</extracomment>
            <translation>reemplazar una salida existente</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="235" />
            <source>write a PDF of your progress to show a physiotherapist or trainer</source>
            <extracomment>Help of the command "report".</extracomment>
            <translation>escribir un PDF de tu progreso para enseñárselo a un fisioterapeuta o entrenador</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="275" />
            <source>replace an existing file</source>
            <extracomment>Help of the option --force of "report".</extracomment>
            <translation>reemplazar un archivo existente</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="641" />
            <source>The self-check could not be saved: {error}</source>
            <extracomment>{error} says why (the database's own words).</extracomment>
            <translation>No se pudo guardar la autoevaluación: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="646" />
            <source>Recorded the self-check from {file} (taken {taken}).</source>
            <extracomment>{file} is the trainer's file; {taken} the date and time the check was taken (2026-12-05 14:30).</extracomment>
            <translation>Autoevaluación registrada desde {file} (hecha el {taken}).</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="696" />
            <source>Equipment at hand, now also the equipment setting the plans follow: {listed}.</source>
            <extracomment>{listed} is the equipment, as the settings file names it ("band, chair").</extracomment>
            <translation>Material disponible, ahora también el ajuste que siguen los planes: {listed}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="703" />
            <source>No history yet, so this is the plan for a first start (nothing was saved).</source>
            <translation>Aún no hay historial, así que este es el plan para un primer inicio (no se guardó nada).</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="709" />
            <source>No history yet, so this week is empty (nothing was saved).</source>
            <translation>Aún no hay historial, así que esta semana está vacía (no se guardó nada).</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="736" />
            <source>Desk Coach cannot open its database, so there is no plan: {error}</source>
            <extracomment>{error} says why (the database's own words).</extracomment>
            <translation>Desk Coach no puede abrir su base de datos, así que no hay plan: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="740" />
            <source>Desk Coach could not read its database, so there is no plan: {error}</source>
            <extracomment>{error} says why (the database's own words).</extracomment>
            <translation>Desk Coach no pudo leer su base de datos, así que no hay plan: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="808" />
            <source>Desk Coach cannot open its database, so there are no figures: {error}</source>
            <extracomment>{error} says why (the database's own words).</extracomment>
            <translation>Desk Coach no puede abrir su base de datos, así que no hay cifras: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="812" />
            <source>Desk Coach could not read its database, so there are no figures: {error}</source>
            <extracomment>{error} says why (the database's own words).</extracomment>
            <translation>Desk Coach no pudo leer su base de datos, así que no hay cifras: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="830" />
            <source>Week {week}, {span}</source>
            <extracomment>The heading of "desk-coach stats": {week} is the ISO week (2026-W49), {span} its days.</extracomment>
            <translation>Semana {week}, {span}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="940" />
            <source># settings in force ({file})</source>
            <extracomment>The first line of "desk-coach settings", a TOML comment (keep the "# "); {file} is the settings file.</extracomment>
            <translation># ajustes vigentes ({file})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="962" />
            <source>Export failed: {error}</source>
            <extracomment>{error} says why (the system's or the database's own words).</extracomment>
            <translation>La exportación falló: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="964" />
            <source>Desk Coach cannot open its database, so nothing was exported: {error}</source>
            <extracomment>{error} says why (the database's own words).</extracomment>
            <translation>Desk Coach no puede abrir su base de datos, así que no se exportó nada: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="991" />
            <source>Desk Coach cannot open its database, so there is no report: {error}</source>
            <extracomment>{error} says why (the database's own words).</extracomment>
            <translation>Desk Coach no puede abrir su base de datos, así que no hay informe: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="995" />
            <source>Desk Coach could not read its database, so there is no report: {error}</source>
            <extracomment>{error} says why (the database's own words).</extracomment>
            <translation>Desk Coach no pudo leer su base de datos, así que no hay informe: {error}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/cli.py" line="1070" />
            <source>Deleted all your Desk Coach data (%n file(s) and folder(s)).</source>
            <extracomment>%n counts files and folders together.</extracomment>
            <translation>
                <numerusform>Se borraron todos tus datos de Desk Coach (%n archivo o carpeta).</numerusform>
                <numerusform>Se borraron todos tus datos de Desk Coach (%n archivos y carpetas).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="44" />
            <source>{program}: error: {message} (see '{command} --help')</source>
            <extracomment>A usage error, on one line: {program} is "desk-coach" or "desk-coach stats"..., {message} what argparse found wrong (in English: argparse's own words), {command} is "desk-coach".</extracomment>
            <translation>{program}: error: {message} (consulta '{command} --help')</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="288" />
            <source>{text} is not a number of weeks from {least} to {most}</source>
            <extracomment>{text} is what the user typed, quoted; {least} and {most} are 1 and 260.</extracomment>
            <translation>{text} no es un número de semanas entre {least} y {most}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="300" />
            <source>the name must be one line of at most {most} characters</source>
            <extracomment>{most} is the most characters a name may have (80).</extracomment>
            <translation>el nombre debe ser una sola línea de como máximo {most} caracteres</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="313" />
            <source>{text} must be more than 0 seconds</source>
            <translation>{text} debe ser más de 0 segundos</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="539" />
            <source>Break started in the running Desk Coach.</source>
            <translation>Pausa iniciada en el Desk Coach en marcha.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="580" />
            <source>Break skipped in the running Desk Coach.</source>
            <extracomment>Printed by `desk-coach skip` once the running coach skipped the due break.</extracomment>
            <translation>Pausa saltada en el Desk Coach en marcha.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="676" />
            <source>none</source>
            <extracomment>What a trainer's file lists as equipment at hand, when it lists nothing.</extracomment>
            <translation>nada</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="756" />
            <source>Coaching is not set up yet: walk breaks only until you take the self-check ('{command}').</source>
            <extracomment>{command} is the command that starts the self-check: desk-coach screen.</extracomment>
            <translation>El coaching aún no está configurado: solo pausas para caminar hasta que hagas la autoevaluación ('{command}').</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="765" />
            <source>Planned from your movement check of {day}.</source>
            <extracomment>{day} is the day of the last self-check (2026-12-05).</extracomment>
            <translation>Planificado según tu chequeo de movimiento del {day}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/cli.py" line="835" />
            <source>The figures include the %n min sat since your last break (not saved yet).</source>
            <extracomment>Under the heading of "desk-coach stats" while Desk Coach runs and the user sits: %n is the minutes sat since the last break, counted in the figures below.</extracomment>
            <translation>
                <numerusform>Las cifras ya incluyen el %n min que llevas sin levantarte desde tu última pausa (aún sin guardar).</numerusform>
                <numerusform>Las cifras ya incluyen los %n min que llevas sin levantarte desde tu última pausa (aún sin guardar).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="843" />
            <source>Each day runs from {begins} to {begins}, so a night shift counts on the day it began.</source>
            <extracomment>{begins} is a time of day (06:00): where the work hours put the start of a day.</extracomment>
            <translation>Cada día va de {begins} a {begins}, así que un turno de noche cuenta en el día en que empezó.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="879" />
            <source>database:</source>
            <extracomment>A label of "desk-coach paths", followed by the database's path on the same line.</extracomment>
            <translation>base de datos:</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="881" />
            <source>settings:</source>
            <extracomment>A label of "desk-coach paths", followed by the settings file's path on the same line.</extracomment>
            <translation>ajustes:</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="883" />
            <source>log:</source>
            <extracomment>A label of "desk-coach paths", followed by the log file's path on the same line.</extracomment>
            <translation>registro:</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="910" />
            <source>Progress is open in the running Desk Coach.</source>
            <extracomment>Printed by "desk-coach progress".</extracomment>
            <translation>El progreso está abierto en el Desk Coach en marcha.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="915" />
            <source>The About box is open in the running Desk Coach.</source>
            <extracomment>Printed by "desk-coach about".</extracomment>
            <translation>La ventana «Acerca de» está abierta en el Desk Coach en marcha.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="926" />
            <source>Settings are open in the running Desk Coach.</source>
            <extracomment>Printed by "desk-coach settings --open".</extracomment>
            <translation>Los ajustes están abiertos en el Desk Coach en marcha.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="956" />
            <source>There is no Desk Coach data to export (no database at {database}).</source>
            <extracomment>{database} is the path where the database would be.</extracomment>
            <translation>No hay datos de Desk Coach para exportar (no hay base de datos en {database}).</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="1023" />
            <source>{output} is a folder; give the PDF file's name.</source>
            <extracomment>{output} is the path given to --output.</extracomment>
            <translation>{output} es una carpeta; indica el nombre del archivo PDF.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="1027" />
            <source>The folder {folder} does not exist; nothing was written.</source>
            <extracomment>{folder} is the folder of the file given to --output.</extracomment>
            <translation>La carpeta {folder} no existe; no se ha escrito nada.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="1031" />
            <source>The folder {folder} cannot be written to; nothing was written.</source>
            <extracomment>{folder} is the folder of the file given to --output.</extracomment>
            <translation>No se puede escribir en la carpeta {folder}; no se ha escrito nada.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="1035" />
            <source>{output} already exists; add --force to replace it.</source>
            <extracomment>{output} is the file given to --output; "--force" is the option's name, keep it.</extracomment>
            <translation>{output} ya existe; añade --force para reemplazarlo.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="1054" />
            <source>This would delete all your Desk Coach data: {what}. Add --yes to do it.</source>
            <extracomment>{what} lists the files and folders; "--yes" is the option's name, keep it.</extracomment>
            <translation>Esto borraría todos tus datos de Desk Coach: {what}. Añade --yes para hacerlo.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="51" />
            <source>Desk Coach lives in your system tray, measures how long you really sit and guides short stretch breaks. With no command it starts the tray coach.</source>
            <translation>Desk Coach vive en tu bandeja del sistema, mide cuánto tiempo pasas realmente sentado y te guía en breves pausas de estiramiento. Sin ningún comando, inicia el coach en la bandeja.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="70" />
            <source>start a break now in the running coach</source>
            <extracomment>Help of the command "break".</extracomment>
            <translation>iniciar ahora una pausa en el coach en marcha</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="96" />
            <source>open the About box in the running coach</source>
            <extracomment>Help of the command "about".</extracomment>
            <translation>abrir la ventana «Acerca de» en el coach en marcha</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="121" />
            <source>testing only: remind after SECONDS of sitting, snooze as long, and ignore work hours</source>
            <extracomment>Help of the option --test-interval; SECONDS as translated in "--test-interval SECONDS".</extracomment>
            <translation>solo para pruebas: recordar tras SEGUNDOS sentado, posponer lo mismo e ignorar el horario de trabajo</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="132" />
            <source>testing only: SECONDS without input count as a natural break (with --test-interval)</source>
            <extracomment>Help of the option --test-idle; SECONDS as translated in "--test-idle SECONDS".</extracomment>
            <translation>solo para pruebas: SEGUNDOS sin actividad cuentan como pausa natural (con --test-interval)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="159" />
            <location filename="../../desk_coach/cli.py" line="253" />
            <source>FILE</source>
            <extracomment>A file in the help ("--from-json FILE"); capitals, no spaces.</extracomment>
            <extracomment>A file in the help ("--output FILE"); capitals, no spaces.</extracomment>
            <translation>ARCHIVO</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="161" />
            <source>record the self-check a trainer wrote down in FILE, without the wizard (the format: resources/screen/example-trainer-screen.json; FILE must be a regular UTF-8 JSON file of at most 1 MiB)</source>
            <extracomment>Help of the option --from-json; FILE as translated in "--from-json FILE".</extracomment>
            <translation>registrar la autoevaluación que un entrenador anotó en ARCHIVO, sin el asistente (el formato: resources/screen/example-trainer-screen.json; ARCHIVO debe ser un archivo JSON UTF-8 normal de 1 MiB como máximo)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="177" />
            <source>print the plan as JSON</source>
            <extracomment>Help of the option --json of "plan".</extracomment>
            <translation>mostrar el plan como JSON</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="182" />
            <source>show the week day by day: moves, doses, weekly minutes per target, pull and push sets</source>
            <extracomment>Help of the option --week of "plan".</extracomment>
            <translation>mostrar la semana día a día: ejercicios, dosis, minutos semanales por zona, series de tracción y de empuje</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="200" />
            <source>the week to show, numbered as ISO weeks (default: this week)</source>
            <extracomment>Help of the option --week of "stats".</extracomment>
            <translation>la semana que mostrar, numerada como semana ISO (por defecto: esta semana)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="216" />
            <source>csv: a folder; json: one file</source>
            <extracomment>Help of the option --format of "export"; "csv" and "json" are the option's values.</extracomment>
            <translation>csv: una carpeta; json: un archivo</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="222" />
            <source>PATH</source>
            <extracomment>A path in the help ("--output PATH"); capitals, no spaces.</extracomment>
            <translation>RUTA</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="224" />
            <source>the file (json) or folder (csv) to write</source>
            <extracomment>Help of the option --output of "export"; "json" and "csv" are the values of --format.</extracomment>
            <translation>el archivo (json) o la carpeta (csv) que escribir</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="255" />
            <source>the PDF file to write</source>
            <extracomment>Help of the option --output of "report".</extracomment>
            <translation>el archivo PDF que se escribirá</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="261" />
            <source>a4 or letter (default: the one your region uses)</source>
            <extracomment>Help of the option --paper of "report"; "a4" and "letter" are the option's values.</extracomment>
            <translation>a4 o letter (por defecto: el que se usa en tu región)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="268" />
            <source>NAME</source>
            <extracomment>A name in the help ("--name NAME"); capitals, no spaces.</extracomment>
            <translation>NOMBRE</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="270" />
            <source>the name to print on the report (optional; nothing else identifies you)</source>
            <extracomment>Help of the option --name of "report".</extracomment>
            <translation>el nombre que aparecerá en el informe (opcional; nada más te identifica)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="310" />
            <source>{text} is not a number of seconds</source>
            <extracomment>{text} is what the user typed, quoted.</extracomment>
            <translation>{text} no es un número de segundos</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="431" />
            <source>--test-idle needs --test-interval</source>
            <translation>--test-idle necesita --test-interval</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="593" />
            <source>The self-check is open in the running Desk Coach.</source>
            <translation>La autoevaluación está abierta en el Desk Coach en marcha.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="594" />
            <source>The running Desk Coach cannot open the self-check; restart it.</source>
            <translation>El Desk Coach en marcha no puede abrir la autoevaluación; reinícialo.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="618" />
            <source>Desk Coach's self-check content is damaged; nothing was recorded: {error}</source>
            <extracomment>{error} says what is wrong in the self-check's content file (a file of the app, not the user's).</extracomment>
            <translation>El contenido de la autoevaluación de Desk Coach está dañado; no se registró nada: {error}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/cli.py" line="637" />
            <source>{file}: and %n more problem(s)</source>
            <extracomment>After the first problems of a trainer's file: how many more it has. {file} is its name.</extracomment>
            <translation>
                <numerusform>{file}: y %n problema más</numerusform>
                <numerusform>{file}: y %n problemas más</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="652" />
            <source>Please note:</source>
            <extracomment>Headings of the self-check's summary on the command line (followed by a list).</extracomment>
            <translation>Ten en cuenta:</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="653" />
            <source>Back on:</source>
            <translation>De nuevo incluido:</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="654" />
            <source>Found:</source>
            <translation>Observado:</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="655" />
            <source>Focus:</source>
            <translation>Enfoque:</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="901" />
            <source>The running Desk Coach cannot open this window; restart it.</source>
            <extracomment>The running coach is older than this command and does not know it.</extracomment>
            <translation>El Desk Coach en marcha no puede abrir esta ventana; reinícialo.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="934" />
            <source>{file}: no problems</source>
            <extracomment>"desk-coach settings --check" on a good file; {file} is its path.</extracomment>
            <translation>{file}: sin problemas</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="1051" />
            <source>nothing (no Desk Coach files found)</source>
            <extracomment>What "desk-coach delete-data" would delete when there is nothing.</extracomment>
            <translation>nada (no se encontraron archivos de Desk Coach)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="1066" />
            <source>Could not delete all your Desk Coach data: {error}</source>
            <extracomment>{error} is the system's reason.</extracomment>
            <translation>No se pudieron borrar todos tus datos de Desk Coach: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="678" />
            <source>Equipment at hand ({listed}) was kept with the self-check, but the settings file has a problem, so the equipment setting was left as it was: set it in Settings, Coaching.</source>
            <translation>El material disponible ({listed}) se guardó con la autoevaluación, pero el archivo de ajustes tiene un problema, así que el ajuste de material se dejó como estaba: cámbialo en Ajustes, Coaching.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="688" />
            <source>The equipment setting could not be saved ({error}); set it in Settings, Coaching.</source>
            <extracomment>{error} is the system's reason.</extracomment>
            <translation>No se pudo guardar el ajuste de material ({error}); cámbialo en Ajustes, Coaching.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="774" />
            <source>Next micro-break</source>
            <translation>Próxima micropausa</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="924" />
            <source>--open and --check cannot be used together</source>
            <extracomment>A usage error of "desk-coach settings": the two options exclude each other.</extracomment>
            <translation>--open y --check no se pueden usar juntos</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="974" />
            <source>Exported your Desk Coach data to {output}.</source>
            <extracomment>{output} is the file or folder written.</extracomment>
            <translation>Tus datos de Desk Coach se exportaron a {output}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="245" />
            <source>the last N weeks, this one included: 1 to 260 (default: {default})</source>
            <extracomment>Help of the option --weeks of "report"; {default} is a number of weeks (12).</extracomment>
            <translation>las últimas N semanas, incluida esta: de 1 a 260 (por defecto: {default})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/cli.py" line="773" />
            <source>Next micro-break {number}</source>
            <extracomment>The title of the second, third... micro-break planned today; {number} is 2, 3...</extracomment>
            <translation>Próxima micropausa {number}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/command_line.py" line="18" />
            <source>Desk Coach is not running (start it with 'desk-coach').</source>
            <extracomment>A command for the running Desk Coach found none; "desk-coach" is the command, keep it.</extracomment>
            <translation>Desk Coach no está en marcha (inícialo con 'desk-coach').</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/command_line.py" line="21" />
            <source>the running Desk Coach gave no status</source>
            <translation>el Desk Coach en marcha no dio ningún estado</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/snooze.py" line="17" />
            <source>{minutes} min is not one of the snooze lengths: {lengths}</source>
            <extracomment>desk-coach snooze --minutes N with a length not on offer. {minutes}: the number given; {lengths}: the lengths on offer, e.g. "5, 10, 15 and 30". Also shown after "desk-coach snooze: error:", so it starts in lower case where the language allows.</extracomment>
            <translation>{minutes} min no es una de las duraciones para posponer: {lengths}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/snooze.py" line="21" />
            <source>No break is due, so there is nothing to snooze.</source>
            <extracomment>desk-coach snooze when no break is due.</extracomment>
            <translation>Ahora no toca ninguna pausa, así que no hay nada que posponer.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/snooze.py" line="23" />
            <source>This break was put off as often as allowed: start it now, or skip it.</source>
            <extracomment>desk-coach snooze when the break was put off as many times in a row as the settings allow.</extracomment>
            <translation>Ya has pospuesto esta pausa tantas veces como se permite: empiézala ahora o sáltala.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/snooze.py" line="27" />
            <source>Break snoozed for {minutes} min, until {at}.</source>
            <extracomment>desk-coach snooze worked. {minutes}: the length chosen; {at}: when the break comes back, e.g. "10:35".</extracomment>
            <translation>Pausa pospuesta {minutes} min, hasta las {at}.</translation>
        </message>
    </context>
    <context>
        <name>StartUp</name>
        <message>
            <location filename="../../desk_coach/launch.py" line="38" />
            <source>{app} is already running; its status window is open.</source>
            <extracomment>Printed in the terminal by a second start, which opens the running coach's status window; {app} is Desk Coach.</extracomment>
            <translation>{app} ya está en marcha; su ventana de estado está abierta.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/launch.py" line="104" />
            <source>{app} is already starting but does not answer yet; try again in a moment.</source>
            <extracomment>Printed in the terminal by a second start while the first one is still starting; {app} is Desk Coach.</extracomment>
            <translation>{app} se está iniciando, pero todavía no responde; vuelve a intentarlo en un momento.</translation>
        </message>
        <message>
            <source>{app} is already running; its icon is in the system tray.</source>
            <extracomment>Printed in the terminal by a second start; {app} is Desk Coach.</extracomment>
            <translation type="vanished">{app} ya está en marcha; encontrarás su icono en la bandeja del sistema.</translation>
        </message>
    </context>
    <context>
        <name>BreakScreen</name>
        <message numerus="yes">
            <location filename="../../desk_coach/ui/break_screen.py" line="68" />
            <source>%n minute(s)</source>
            <extracomment>Part of the time left of a break, read by a screen reader: "4 minutes".</extracomment>
            <translation>
                <numerusform>%n minuto</numerusform>
                <numerusform>%n minutos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/ui/break_screen.py" line="70" />
            <source>%n second(s)</source>
            <extracomment>Part of the time left of a break, read by a screen reader: "30 seconds".</extracomment>
            <translation>
                <numerusform>%n segundo</numerusform>
                <numerusform>%n segundos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_screen.py" line="96" />
            <source>Well done. Say how it went on the screen you were working on.</source>
            <extracomment>On the break screen of the other monitors once the guided routine's time is up and it asks how it went.</extracomment>
            <translation>¡Bien hecho! Cuenta cómo te fue en la pantalla en la que estabas trabajando.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_screen.py" line="88" />
            <source>Your stretch routine is on the screen you were working on. Move gently, and leave out anything that feels uncomfortable.</source>
            <extracomment>On the break screen of the other monitors while the guided stretch routine runs.</extracomment>
            <translation>Tu rutina de estiramientos está en la pantalla en la que estabas trabajando. Muévete con suavidad y omite todo lo que te resulte incómodo.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_screen.py" line="76" />
            <source>{minutes} {seconds}</source>
            <extracomment>The time left of a break in minutes and seconds: "4 minutes 30 seconds".</extracomment>
            <translation>{minutes} y {seconds}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_screen.py" line="81" />
            <source>Break — {time} left</source>
            <extracomment>What a screen reader calls a monitor's break screen; {time} is "4 minutes 30 seconds".</extracomment>
            <translation>Pausa: quedan {time}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_screen.py" line="137" />
            <source>Break</source>
            <extracomment>The break screen's window title (not shown: the layer has no title bar; window lists and screen readers read it).</extracomment>
            <translation>Pausa</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_screen.py" line="166" />
            <source>left of your break</source>
            <extracomment>Under the big countdown of the break screen.</extracomment>
            <translation>quedan de tu pausa</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_screen.py" line="174" />
            <source>&amp;End break</source>
            <extracomment>Button on the break screen: ends the break now, as "I'm back" does.</extracomment>
            <translation>&amp;Terminar la pausa</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_screen.py" line="176" />
            <source>End the break now (Esc)</source>
            <extracomment>Tooltip of "End break"; (Esc) names the key that does the same.</extracomment>
            <translation>Terminar la pausa ahora (Esc)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_screen.py" line="213" />
            <source>Break — time is up</source>
            <extracomment>What a screen reader calls a monitor's break screen once the routine's time is up.</extracomment>
            <translation>Pausa: se acabó el tiempo</translation>
        </message>
    </context>
    <context>
        <name>BreakWindow</name>
        <message>
            <location filename="../../desk_coach/ui/break_window.py" line="42" />
            <source>Stretch routine</source>
            <extracomment>The title of the window of a long break, when the guided routine cannot be shown.</extracomment>
            <translation>Rutina de estiramientos</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_window.py" line="53" />
            <source>Stand up, roll your shoulders, reach up tall and walk around a little. Move gently, and leave out anything that feels uncomfortable.</source>
            <extracomment>What to do in a long break when the guided routine cannot be shown, under its title.</extracomment>
            <translation>Levántate, gira los hombros, estírate hacia arriba y camina un poco. Muévete con suavidad y deja de lado lo que te resulte incómodo.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_window.py" line="40" />
            <source>Time to stand up</source>
            <extracomment>The title of the window of a short break the user started.</extracomment>
            <translation>Hora de levantarte</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_window.py" line="49" />
            <source>Stand up and walk for a few minutes: to the window, refill your water, take the stairs.</source>
            <extracomment>What to do in a short break, under its title.</extracomment>
            <translation>Levántate y camina unos minutos: hasta la ventana, a rellenar el agua, por las escaleras.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_window.py" line="65" />
            <source>&amp;Pause</source>
            <extracomment>Button: holds the break's countdown.</extracomment>
            <translation>&amp;Pausar</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_window.py" line="67" />
            <source>Stop the countdown for a moment</source>
            <extracomment>Tooltip of the Pause button of a break.</extracomment>
            <translation>Detener la cuenta atrás un momento</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_window.py" line="61" />
            <source>&amp;Resume</source>
            <extracomment>Button, in place of Pause while the break's countdown is held; its tooltip follows.</extracomment>
            <translation>&amp;Reanudar</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_window.py" line="63" />
            <source>Carry on counting down</source>
            <extracomment>Tooltip of the Resume button of a break.</extracomment>
            <translation>Seguir con la cuenta atrás</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_window.py" line="106" />
            <source>Break</source>
            <extracomment>The break window's title (Qt adds " — Desk Coach").</extracomment>
            <translation>Pausa</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_window.py" line="158" />
            <source>Time left</source>
            <extracomment>What a screen reader calls the break's big countdown.</extracomment>
            <translation>Tiempo restante</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_window.py" line="160" />
            <source>Paused</source>
            <extracomment>Shown beside the buttons while the break's countdown is held.</extracomment>
            <translation>En pausa</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_window.py" line="168" />
            <source>Break progress</source>
            <extracomment>What a screen reader calls the bar that fills as the break goes by.</extracomment>
            <translation>Progreso de la pausa</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_window.py" line="189" />
            <source>I'm &amp;back</source>
            <extracomment>Button: the user is back from the break before its countdown ran out.</extracomment>
            <translation>Ya he &amp;vuelto</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/break_window.py" line="191" />
            <source>End the break now (Esc)</source>
            <extracomment>Tooltip of "I'm back"; (Esc) names the key that does the same.</extracomment>
            <translation>Terminar la pausa ahora (Esc)</translation>
        </message>
    </context>
    <context>
        <name>Notifications</name>
        <message>
            <location filename="../../desk_coach/ui/coaching_windows.py" line="247" />
            <source>Progress… in the tray menu shows the charts.</source>
            <extracomment>The last line of the weekly summary; "Progress…" is a tray menu entry.</extracomment>
            <translation>«Progreso…» en el menú del icono te muestra los gráficos.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/coaching_windows.py" line="250" />
            <source>Your week</source>
            <extracomment>The title of the weekly summary notification.</extracomment>
            <translation>Tu semana</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/coaching_windows.py" line="151" />
            <source>What changed</source>
            <extracomment>A notification's title after a routine: what the coach changed in the plan, and why.</extracomment>
            <translation>Qué ha cambiado</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/shell.py" line="57" />
            <source>Saving stopped: {reason}. {app} keeps reminding you and keeps what it records in memory for now. {advice}</source>
            <extracomment>{reason}: why saving stopped (the disk is full...); {advice}: what the user can do about it.</extracomment>
            <translation>No se puede guardar: {reason}. {app} te sigue avisando y, de momento, conserva en memoria lo que registra. {advice}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/ui/shell.py" line="64" />
            <source>What was recorded in the meantime is saved now, except the %n oldest record(s), which could not be kept.</source>
            <extracomment>After saving works again, when the oldest records kept in memory were dropped.</extracomment>
            <translation>
                <numerusform>Lo registrado mientras tanto ya está guardado, salvo %n registro, el más antiguo, que no se pudo conservar.</numerusform>
                <numerusform>Lo registrado mientras tanto ya está guardado, salvo los %n registros más antiguos, que no se pudieron conservar.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/shell.py" line="68" />
            <source>Everything recorded in the meantime is saved now.</source>
            <extracomment>After saving works again.</extracomment>
            <translation>Todo lo registrado mientras tanto ya está guardado.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/shell.py" line="55" />
            <source>{app} cannot save your history</source>
            <extracomment>A notification's title when the history cannot be saved; {app} is Desk Coach.</extracomment>
            <translation>{app} no puede guardar tu historial</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/shell.py" line="70" />
            <source>{app} is saving again</source>
            <extracomment>A notification's title when the history can be saved again; {app} is Desk Coach.</extracomment>
            <translation>{app} vuelve a guardar</translation>
        </message>
    </context>
    <context>
        <name>TrayMenu</name>
        <message>
            <location filename="../../desk_coach/ui/coaching_windows.py" line="84" />
            <source>Set &amp;up coaching…</source>
            <extracomment>Tray menu entry in place of "Self-check…" until the user has taken the self-check.</extracomment>
            <translation>Configurar el &amp;coaching…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/ui/snooze_choices.py" line="17" />
            <source>%n minute(s)</source>
            <extracomment>Snooze menu: another snooze length; %n is minutes. No &amp; mnemonic: the app adds one.</extracomment>
            <translation>
                <numerusform>%n minuto</numerusform>
                <numerusform>%n minutos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/ui/snooze_choices.py" line="15" />
            <source>%n minute(s) (usual)</source>
            <extracomment>Snooze menu (the tray's Snooze submenu, a Snooze button's list): the first entry, the snooze length set in Settings; %n is minutes. Write no &amp; mnemonic: the app puts one on a digit or letter.</extracomment>
            <translation>
                <numerusform>%n minuto (lo habitual)</numerusform>
                <numerusform>%n minutos (lo habitual)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/tray.py" line="70" />
            <source>For &amp;30 minutes</source>
            <extracomment>Tray menu, Pause submenu: no reminders for half an hour.</extracomment>
            <translation>Durante &amp;30 minutos</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/tray.py" line="76" />
            <source>Self-&amp;check…</source>
            <extracomment>Tray menu entry: opens the self-check (a movement check and a few questions).</extracomment>
            <translation>Autoe&amp;valuación…</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/tray.py" line="65" />
            <source>&amp;Until tomorrow</source>
            <extracomment>Tray menu, Pause submenu: no reminders until tomorrow.</extracomment>
            <translation>Hasta &amp;mañana</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/tray.py" line="68" />
            <source>For 1 &amp;hour</source>
            <extracomment>Tray menu, Pause submenu: no reminders for an hour.</extracomment>
            <translation>Durante 1 &amp;hora</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/tray.py" line="84" />
            <source>{app}: sitting time and breaks</source>
            <extracomment>What a screen reader says of the tray icon; {app} is the app's name, Desk Coach.</extracomment>
            <translation>{app}: tiempo sentado y pausas</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/tray.py" line="200" />
            <source>Start a &amp;break now</source>
            <extracomment>Tray menu entry: starts a break at once.</extracomment>
            <translation>&amp;Hacer una pausa ahora</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/tray.py" line="202" />
            <source>&amp;Snooze</source>
            <extracomment>Tray menu: the submenu that puts off the break that is due, for one of a few lengths.</extracomment>
            <translation>&amp;Recordar más tarde</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/tray.py" line="205" />
            <source>S&amp;kip this break</source>
            <extracomment>Tray menu entry: leaves out the break that is due.</extracomment>
            <translation>&amp;Saltar esta pausa</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/tray.py" line="207" />
            <source>&amp;Pause</source>
            <extracomment>Tray menu: the submenu that stops reminders for a while.</extracomment>
            <translation>&amp;Pausar</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/tray.py" line="211" />
            <source>&amp;Resume reminders</source>
            <extracomment>Tray menu, Pause submenu: reminders start again.</extracomment>
            <translation>&amp;Reanudar recordatorios</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/tray.py" line="214" />
            <source>Pr&amp;ogress…</source>
            <extracomment>Tray menu entry: opens the weekly charts.</extracomment>
            <translation>Pr&amp;ogreso…</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/tray.py" line="216" />
            <source>S&amp;ettings…</source>
            <extracomment>Tray menu entry: opens the settings.</extracomment>
            <translation>&amp;Ajustes…</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/tray.py" line="218" />
            <source>&amp;About {app}…</source>
            <extracomment>Tray menu entry: opens the About box; {app} is the app's name, Desk Coach.</extracomment>
            <translation>Acerca &amp;de {app}…</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/tray.py" line="220" />
            <source>&amp;Quit {app}</source>
            <extracomment>Tray menu entry: ends the app; {app} is the app's name, Desk Coach.</extracomment>
            <translation>Sal&amp;ir de {app}</translation>
        </message>
    </context>
    <context>
        <name>FirstSteps</name>
        <message>
            <location filename="../../desk_coach/ui/coaching_windows.py" line="141" />
            <source>Your next short break</source>
            <extracomment>On the self-check's last page: the heading of the next short break's exercises.</extracomment>
            <translation>Tu próxima pausa corta</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../desk_coach/ui/messages.py" line="21" />
            <source>Desk Coach offers general fitness and wellness guidance. It is not medical advice and does not diagnose or treat anything. If you have a health condition, are pregnant or are unsure, ask a doctor or physiotherapist first. Stop any movement that hurts, makes you dizzy or short of breath.</source>
            <extracomment>In the About box. No medical claims: general wellness guidance only.</extracomment>
            <translation>Desk Coach ofrece pautas generales de actividad física y bienestar. No es consejo médico y no diagnostica ni trata nada. Si tienes algún problema de salud, estás embarazada o tienes dudas, consulta antes a un médico o fisioterapeuta. Deja cualquier movimiento que te duela, te maree o te deje sin aliento.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/messages.py" line="62" />
            <source>Measures how long you really sit and guides short stretch breaks.</source>
            <extracomment>The About box: what Desk Coach does, in one line.</extracomment>
            <translation>Mide cuánto tiempo pasas realmente sentado y te guía en pausas cortas de estiramiento.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/messages.py" line="96" />
            <source>The details were written to the log:
{log}</source>
            <extracomment>Under an unexpected error; {log} is the path of the log file.</extracomment>
            <translation>Los detalles se han guardado en el registro:
{log}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/messages.py" line="129" />
            <source>About the pain you reported:</source>
            <extracomment>Above what to do about the pain the user reported after a routine.</extracomment>
            <translation>Sobre el dolor que has indicado:</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/messages.py" line="37" />
            <source>&amp;OK</source>
            <extracomment>The button that closes a message window, with a mnemonic like every button.</extracomment>
            <translation>&amp;Aceptar</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/messages.py" line="59" />
            <source>About {app}</source>
            <extracomment>The About box's title; {app} is Desk Coach.</extracomment>
            <translation>Acerca de {app}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/messages.py" line="64" />
            <source>Your history: {history}
Your settings: {settings}
Log: {log}</source>
            <extracomment>The About box: where the files are; {history}, {settings} and {log} are paths of files.</extracomment>
            <translation>Tu historial: {history}
Tus ajustes: {settings}
Registro: {log}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/messages.py" line="127" />
            <source>{app} — please take care</source>
            <extracomment>The title of the window after a routine that hurt; {app} is Desk Coach.</extracomment>
            <translation>{app}: cuídate, por favor</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/messages.py" line="47" />
            <source>{app} started, but found something you should know about:</source>
            <extracomment>Above the list of problems found at start-up (a damaged file, a setting that was reset).</extracomment>
            <translation>{app} se ha iniciado, pero ha encontrado algo que deberías saber:</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/messages.py" line="76" />
            <source>{app} could not save what you just did: {reason}. It has carried on running.</source>
            <extracomment>{app} is Desk Coach; {reason} why it could not save ("the disk that holds your history is full").</extracomment>
            <translation>{app} no ha podido guardar lo que acabas de hacer: {reason}. Sigue funcionando.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/messages.py" line="91" />
            <source>Something went wrong inside {app}. It has carried on running.</source>
            <extracomment>An unexpected error; {app} is Desk Coach.</extracomment>
            <translation>Algo ha fallado dentro de {app}. Sigue funcionando.</translation>
        </message>
    </context>
    <context>
        <name>Progress</name>
        <message>
            <location filename="../../desk_coach/ui/progress_charts.py" line="148" />
            <source>No figures to show.</source>
            <extracomment>What a screen reader reads for a chart that draws nothing (no figures this week).</extracomment>
            <translation>No hay cifras que mostrar.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_charts.py" line="233" />
            <source>Sitting per day (minutes)</source>
            <extracomment>Title of the chart of minutes sat each day.</extracomment>
            <translation>Tiempo sentado por día (minutos)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_charts.py" line="256" />
            <source>Breaks per day</source>
            <extracomment>Title of the chart of breaks each day, by what became of them.</extracomment>
            <translation>Pausas por día</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_charts.py" line="275" />
            <source>Exercise minutes per target this week</source>
            <extracomment>Title of the chart of exercise minutes per body area this week.</extracomment>
            <translation>Minutos de ejercicio por zona esta semana</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_charts.py" line="299" />
            <source>Self-check scores (lowest side, 0–2), last six months</source>
            <translation>Puntuaciones de la autoevaluación (lado más bajo, 0–2), últimos seis meses</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="32" />
            <source>No sitting recorded this week yet — the charts fill in as you work.</source>
            <translation>Aún no hay tiempo sentado registrado esta semana; los gráficos se irán llenando mientras trabajas.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="38" />
            <source>No self-check yet — take one from the tray menu (Self-check…) and your scores show here.</source>
            <extracomment>"Self-check…" is the tray menu's item.</extracomment>
            <translation>Aún no hay autoevaluación: haz una desde el menú de la bandeja (Autoevaluación…) y tus puntuaciones aparecerán aquí.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/ui/progress_presenter.py" line="163" />
            <source>Streak: %n days in a row with at least one break taken.</source>
            <extracomment>Days in a row, up to today, with at least one break taken (two or more).</extracomment>
            <translation>
                <numerusform>Racha: %n día seguido con al menos una pausa.</numerusform>
                <numerusform>Racha: %n días seguidos con al menos una pausa.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/ui/progress_presenter.py" line="175" />
            <source>Streak at the end of this week: %n days in a row with at least one break taken.</source>
            <extracomment>Under the summary of a past week: days in a row, up to the week's last day, with a break (two or more).</extracomment>
            <translation>
                <numerusform>Racha al final de esta semana: %n día seguido con al menos una pausa.</numerusform>
                <numerusform>Racha al final de esta semana: %n días seguidos con al menos una pausa.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="72" />
            <source>Sitting</source>
            <extracomment>A legend on the sitting chart: minutes sat each day.</extracomment>
            <translation>Sentado</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="74" />
            <source>Longest bout</source>
            <extracomment>A legend on the sitting chart: the longest stretch of sitting without a break, each day.</extracomment>
            <translation>Tramo más largo</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="76" />
            <source>Daily goal</source>
            <extracomment>A legend on the sitting chart: the daily sitting goal.</extracomment>
            <translation>Meta diaria</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="78" />
            <source>Taken</source>
            <extracomment>A legend on the breaks chart: breaks taken when suggested.</extracomment>
            <translation>Hechas</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="80" />
            <source>Ended early</source>
            <extracomment>A legend on the breaks chart: breaks started and ended before their time.</extracomment>
            <translation>Terminadas antes</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="82" />
            <source>Natural</source>
            <extracomment>A legend on the breaks chart: breaks the user took on their own (away from the computer).</extracomment>
            <translation>Espontáneas</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="84" />
            <source>Snoozed</source>
            <extracomment>A legend on the breaks chart: reminders put off for a while.</extracomment>
            <translation>Pospuestas</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="86" />
            <source>Closed unanswered</source>
            <extracomment>A legend on the breaks chart: reminders closed without an answer.</extracomment>
            <translation>Cerradas sin responder</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="88" />
            <source>Skipped</source>
            <extracomment>A legend on the breaks chart: breaks skipped.</extracomment>
            <translation>Saltadas</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="90" />
            <source>Delayed by quiet time</source>
            <extracomment>A legend on the breaks chart: reminders held back while the user was busy (full screen, a call).</extracomment>
            <translation>Retrasadas por silencio</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="92" />
            <source>Exercise minutes</source>
            <extracomment>The bars of the exercise chart: minutes of exercise per body area.</extracomment>
            <translation>Minutos de ejercicio</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="97" />
            <source>Hip flexors</source>
            <extracomment>A body area on the exercise chart's axis.</extracomment>
            <translation>Flexores de cadera</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="99" />
            <source>Chest</source>
            <extracomment>A body area on the exercise chart's axis.</extracomment>
            <translation>Pecho</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="101" />
            <source>Glutes</source>
            <extracomment>A body area on the exercise chart's axis: the buttock muscles.</extracomment>
            <translation>Glúteos</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="103" />
            <source>Upper back</source>
            <extracomment>A body area on the exercise chart's axis.</extracomment>
            <translation>Parte alta de la espalda</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="105" />
            <source>Thoracic</source>
            <extracomment>A body area on the exercise chart's axis: the mid back, turning and bending it.</extracomment>
            <translation>Columna torácica</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="107" />
            <source>Hamstrings</source>
            <extracomment>A body area on the exercise chart's axis: the backs of the thighs.</extracomment>
            <translation>Isquiotibiales</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="109" />
            <source>Neck</source>
            <extracomment>A body area on the exercise chart's axis.</extracomment>
            <translation>Cuello</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="111" />
            <source>Walk</source>
            <extracomment>Walking, shown among the body areas on the exercise chart's axis.</extracomment>
            <translation>Caminar</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="158" />
            <source>Streak: none yet — take a break today to start one.</source>
            <translation>Racha: aún ninguna; haz una pausa hoy para empezar una.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="161" />
            <source>Streak: 1 day with at least one break taken.</source>
            <extracomment>The streak of a single day (English says "1 day" and leaves "in a row" out).</extracomment>
            <translation>Racha: 1 día con al menos una pausa.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="170" />
            <source>Streak at the end of this week: none.</source>
            <extracomment>Under the summary of a past week: its last day had no break, so no run of days was going on.</extracomment>
            <translation>Racha al final de esta semana: ninguna.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="173" />
            <source>Streak at the end of this week: 1 day with at least one break taken.</source>
            <extracomment>Under the summary of a past week: only its last day had a break.</extracomment>
            <translation>Racha al final de esta semana: 1 día con al menos una pausa.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="315" />
            <source>Stretching: {stretched}, weekly goal {goal}</source>
            <extracomment>Second line of an exercise bar's tooltip: {stretched} the stretching done ("4 min"), {goal} the weekly goal ("5 min").</extracomment>
            <translation>Estiramientos: {stretched}, objetivo semanal {goal}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="410" />
            <source>{day} {month}</source>
            <extracomment>A tick of the self-check chart's time axis: the day of the month and the month, "3 Dec".</extracomment>
            <translation>{day} {month}</translation>
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
            <translation>{minutes} min {seconds} s</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="253" />
            <source>{day} — {series}: {minutes}</source>
            <extracomment>Tooltip of a bar of the sitting chart: {day} "Tue 24 Nov", {series} "Sitting" or "Longest bout", {minutes} the exact time, "130 min 24 s".</extracomment>
            <translation>{day}: {series}, {minutes}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/ui/progress_presenter.py" line="264" />
            <source>{day} — {kind}: {count} of %n break(s)</source>
            <extracomment>Tooltip of a bar of the breaks chart: {day} "Tue 24 Nov", {kind} what became of the breaks ("Taken", "Snoozed"), {count} how many of them; %n: all the breaks of that day.</extracomment>
            <translation>
                <numerusform>{day}: {kind}, {count} de %n pausa</numerusform>
                <numerusform>{day}: {kind}, {count} de %n pausas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="300" />
            <source>{target}: {minutes} this week</source>
            <extracomment>Tooltip of a bar of the exercise chart: {target} a body area, {minutes} the exact time.</extracomment>
            <translation>{target}: {minutes} esta semana</translation>
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
            <translation>{score} (dolió)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="569" />
            <source>Daily goal ({minutes})</source>
            <extracomment>The legend of the daily goal line, with the goal: "Daily goal (300 min)".</extracomment>
            <translation>Meta diaria ({minutes})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="429" />
            <source>{check} — {day}: left {left}, right {right}</source>
            <extracomment>Tooltip of a point of the self-check chart: {check} "S1 Front-of-hip check", {day} "Thu 3 Dec", {left} and {right} each side's score (0 to 2).</extracomment>
            <translation>{check} — {day}: izquierda {left}, derecha {right}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="310" />
            <source>Stretching: {stretched} each side, weekly goal {goal} each side</source>
            <extracomment>Second line of an exercise bar's tooltip, for a body area stretched on each side: {stretched} the stretching done on one side ("4 min"), {goal} the weekly goal ("5 min").</extracomment>
            <translation>Estiramientos: {stretched} por lado, objetivo semanal {goal} por lado</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="348" />
            <source>Pull : push sets this week — {pull} : {push}</source>
            <extracomment>Under the exercise chart: sets of pulling and of pushing exercises, "6 : 4.5".</extracomment>
            <translation>Series de tirón : empuje esta semana: {pull} : {push}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_window.py" line="233" />
            <source>Save a PDF of your last weeks for a physiotherapist or trainer</source>
            <extracomment>The tooltip of "Save report…".</extracomment>
            <translation>Guardar un PDF de tus últimas semanas para tu fisioterapeuta o entrenador</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_window.py" line="442" />
            <source>Week {number} · {first} – {last}</source>
            <extracomment>The Progress window's heading: the week's number and its first and last days, "Week 48 · 23 November 2026 – 29 November 2026" (the dates are written in the language's form).</extracomment>
            <translation>Semana {number} · {first} – {last}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_window.py" line="144" />
            <source>Progress</source>
            <extracomment>The Progress window's title.</extracomment>
            <translation>Progreso</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_window.py" line="223" />
            <source>◀ &amp;Previous</source>
            <extracomment>Goes to the week before; &amp; marks the access key (unique among Previous, Next, This week).</extracomment>
            <translation>◀ &amp;Anterior</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_window.py" line="224" />
            <source>Show the week before</source>
            <translation>Mostrar la semana anterior</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_window.py" line="226" />
            <source>&amp;Next ▶</source>
            <extracomment>Goes to the week after; &amp; marks the access key (unique among Previous, Next, This week).</extracomment>
            <translation>&amp;Siguiente ▶</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_window.py" line="227" />
            <source>Show the week after</source>
            <translation>Mostrar la semana siguiente</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_window.py" line="229" />
            <source>&amp;This week</source>
            <extracomment>Goes back to the current week; &amp; marks the access key (unique among Previous, Next, This week).</extracomment>
            <translation>&amp;Esta semana</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_window.py" line="231" />
            <source>Save &amp;report…</source>
            <extracomment>Writes the progress report (a PDF); &amp; marks the access key (unique in the window's top row).</extracomment>
            <translation>Guardar &amp;informe…</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_window.py" line="314" />
            <source>The week's figures and charts</source>
            <extracomment>What a screen reader says for the scrolling part of Progress (under the week's buttons).</extracomment>
            <translation>Cifras y gráficos de la semana</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_window.py" line="437" />
            <source>Week {number}</source>
            <extracomment>The Progress window's heading: the week's number in its year.</extracomment>
            <translation>Semana {number}</translation>
        </message>
        <message>
            <source>{target}: {minutes} this week, weekly goal {goal}</source>
            <extracomment>Tooltip of a bar of the exercise chart: {target} a body area, {minutes} the exact time, {goal} the weekly goal in minutes ("5 min").</extracomment>
            <translation type="vanished">{target}: {minutes} esta semana, objetivo semanal {goal}</translation>
        </message>
        <message>
            <source>Weekly goal</source>
            <extracomment>The legend of the marks on the exercise chart at each body area's weekly goal.</extracomment>
            <translation type="vanished">Objetivo semanal</translation>
        </message>
        <message>
            <source>{item} re-checks</source>
            <extracomment>The points of one movement check's line (hidden from the legend); {item} is "S1".</extracomment>
            <translation type="vanished">{item} repeticiones</translation>
        </message>
    </context>
    <context>
        <name>Durations</name>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="186" />
            <location filename="../../desk_coach/wording/figures.py" line="83" />
            <source>{minutes} min</source>
            <extracomment>A measured number of minutes, "52 min".</extracomment>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/progress_presenter.py" line="205" />
            <location filename="../../desk_coach/wording/figures.py" line="60" />
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="62" />
            <source>about {minutes} min</source>
            <extracomment>How long something takes, rounded to minutes.</extracomment>
            <translation>unos {minutes} min</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="98" />
            <location filename="../../desk_coach/wording/sentences/week.py" line="28" />
            <source>{hours} h {minutes} min</source>
            <extracomment>Hours and minutes of sitting, "22 h 10 min".</extracomment>
            <translation>{hours} h {minutes} min</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <location filename="../../desk_coach/ui/report_charts.py" line="81" />
            <source>min</source>
            <comment>unit on a chart's axis</comment>
            <extracomment>The unit of minutes beside the figures of a chart's axis ("250 min").</extracomment>
            <translation>min</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_charts.py" line="160" />
            <source>{day} {month}</source>
            <extracomment>A week's first day under a chart: {day} the day of the month, {month} the month ("8 Dec").</extracomment>
            <translation>{day} {month}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_charts.py" line="330" />
            <source>Self-check scores over time</source>
            <extracomment>A heading of the report: the self-check's scores over time, one small chart per movement check.</extracomment>
            <translation>Puntuaciones de la autoevaluación a lo largo del tiempo</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_charts.py" line="448" />
            <source>Each line is one body area's exercise ladder over the weeks: ▲ a step up, ▼ a step down (easier, or because of pain), ■ another change.</source>
            <extracomment>Under the heading of the levels: what the marks on each line mean.</extracomment>
            <translation>Cada línea es la escalera de ejercicios de una zona del cuerpo a lo largo de las semanas: ▲ un paso arriba, ▼ un paso abajo (más fácil, o por dolor), ■ otro cambio.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_charts.py" line="454" />
            <source>Exercise levels over time</source>
            <extracomment>A heading of the report: the levels of the exercise ladders over the weeks.</extracomment>
            <translation>Niveles de ejercicio a lo largo del tiempo</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_charts.py" line="85" />
            <source>Bars: average minutes sat on a day at the desk; dots: the longest sitting bout of the week; line: the daily goal (at most).</source>
            <extracomment>Under the sitting chart's heading: what the bars and the line are.</extracomment>
            <translation>Barras: minutos sentado de media en un día de escritorio; puntos: el periodo sentado más largo de la semana; línea: la meta diaria (como máximo).</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_charts.py" line="103" />
            <source>The share of reminders that ended in a break, with breaks taken away from the desk before a reminder; snoozes only put a break off.</source>
            <extracomment>Under the breaks chart's heading: what counts as a break due and as taken.</extracomment>
            <translation>La parte de los recordatorios que acabaron en una pausa, incluidas las pausas hechas lejos del escritorio antes de un recordatorio; posponer solo aplaza una pausa.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_charts.py" line="123" />
            <source>Exercise minutes per target, week by week</source>
            <extracomment>A heading of the report: the chart of exercise minutes per body area, week by week.</extracomment>
            <translation>Minutos de ejercicio por zona, semana a semana</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_charts.py" line="427" />
            <source>none</source>
            <extracomment>A track of exercises with no level (paused, or not started).</extracomment>
            <translation>ninguno</translation>
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
            <translation>Chequeo {id}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_charts.py" line="96" />
            <source>Sitting per day, week by week</source>
            <extracomment>A heading of the report: the chart of minutes sat per day, week by week.</extracomment>
            <translation>Tiempo sentado al día, semana a semana</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_charts.py" line="114" />
            <source>Breaks taken of breaks due</source>
            <extracomment>A heading of the report: the chart of breaks taken as a share of breaks due, week by week.</extracomment>
            <translation>Pausas hechas de las pausas pendientes</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_charts.py" line="337" />
            <location filename="../../desk_coach/ui/report_pdf.py" line="284" />
            <source>left</source>
            <extracomment>The legend of the self-check charts: the left side's line.</extracomment>
            <extracomment>A side of the body, in the self-check table.</extracomment>
            <translation>izquierdo</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_charts.py" line="339" />
            <location filename="../../desk_coach/ui/report_pdf.py" line="287" />
            <source>right</source>
            <extracomment>The legend of the self-check charts: the right side's line.</extracomment>
            <extracomment>A side of the body, in the self-check table.</extracomment>
            <translation>derecho</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_charts.py" line="341" />
            <location filename="../../desk_coach/ui/report_pdf.py" line="289" />
            <source>both</source>
            <extracomment>The legend of the self-check charts: a check done once (not per side).</extracomment>
            <extracomment>A movement check done once, not per side, in the self-check table.</extracomment>
            <translation>ambos</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_charts.py" line="474" />
            <source>Start: {level}</source>
            <extracomment>A line of the levels: where the ladder stood at the start of the report.</extracomment>
            <translation>Inicio: {level}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_charts.py" line="478" />
            <source>Now: {level}</source>
            <extracomment>A line of the levels: where the ladder stands now.</extracomment>
            <translation>Ahora: {level}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_layout.py" line="213" />
            <source>{day} {year}</source>
            <extracomment>A day with its year in a table: {day} "Mon 23 Nov", {year} 2026.</extracomment>
            <translation>{day} de {year}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="139" />
            <source>Desk Coach progress report</source>
            <extracomment>The PDF's title (its document properties) and the heading of page 1.</extracomment>
            <translation>Informe de progreso de Desk Coach</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="219" />
            <source>Made on {day} {year} by Desk Coach, from its records on this computer.</source>
            <extracomment>Under the report's title: {day} is the day the report was made.</extracomment>
            <translation>Creado el {day} de {year} por Desk Coach, a partir de sus registros en este ordenador.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="248" />
            <source>Each movement check is scored 0 to 2 (2: moves freely), on each side where it has two; "pain" means it hurt.</source>
            <extracomment>Under the heading of the self-check table: what the scores mean.</extracomment>
            <translation>Cada chequeo de movimiento se puntúa de 0 a 2 (2: se mueve con libertad), en cada lado cuando tiene dos; «dolor» significa que dolió.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="330" />
            <source>Sitting is measured from keyboard and mouse activity on this computer; breaks, routines, pain reports and self-checks are what the user answered in Desk Coach. The self-check is a movement check the user does alone, not a clinical test.</source>
            <extracomment>How the report's figures were measured, above the disclaimer.</extracomment>
            <translation>El tiempo sentado se mide por la actividad del teclado y el ratón en este ordenador; las pausas, rutinas, avisos de dolor y autoevaluaciones son lo que la persona respondió en Desk Coach. La autoevaluación es un chequeo de movimiento que la persona hace sola, no una prueba clínica.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="229" />
            <source>In short</source>
            <extracomment>A heading of the report: the summary on page 1.</extracomment>
            <translation>En resumen</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="254" />
            <source>Self-check: the first and the latest</source>
            <extracomment>A heading of the report: the movement self-check's scores (0-2), the first and the latest.</extracomment>
            <translation>Autoevaluación: la primera y la última</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="257" />
            <source>Movement check</source>
            <extracomment>A column of the self-check table: the movement check.</extracomment>
            <translation>Chequeo de movimiento</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="259" />
            <source>Side</source>
            <extracomment>A column of the self-check table: left, right or both.</extracomment>
            <translation>Lado</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="278" />
            <location filename="../../desk_coach/ui/report_pdf.py" line="323" />
            <source>(continued)</source>
            <extracomment>Above a table that goes on from the page before.</extracomment>
            <translation>(continuación)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="295" />
            <source>not scored</source>
            <extracomment>A movement check not scored (skipped, or not done).</extracomment>
            <translation>sin puntuar</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="305" />
            <source>Pain reported and what the coach changed</source>
            <extracomment>A heading of the report: pain reported and what the coach changed because of it.</extracomment>
            <translation>Dolor comunicado y lo que cambió el coach</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="308" />
            <source>No pain was reported in these weeks.</source>
            <extracomment>Instead of the table of pain reports when there is none.</extracomment>
            <translation>No se comunicó dolor en estas semanas.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="313" />
            <source>Day</source>
            <extracomment>A column of the table of pain reports: the day.</extracomment>
            <translation>Día</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="315" />
            <source>Reported</source>
            <extracomment>A column of the table of pain reports: what the user reported.</extracomment>
            <translation>Comunicado</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="317" />
            <source>What the coach changed</source>
            <extracomment>A column of the table of pain reports: what the coach changed because of it.</extracomment>
            <translation>Lo que cambió el coach</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="328" />
            <source>About this report</source>
            <extracomment>A heading of the report: what the report is and is not, above the disclaimer.</extracomment>
            <translation>Sobre este informe</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="174" />
            <source>{first} {first_year} to {last} {last_year}</source>
            <extracomment>The period of the report: {first} and {last} are days ("Mon 8 Dec"), {first_year} and {last_year} their years.</extracomment>
            <translation>del {first} de {first_year} al {last} de {last_year}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="190" />
            <source>Desk Coach progress report, {period}</source>
            <extracomment>The footer of each page of the report, at the left: {period} is the report's days.</extracomment>
            <translation>Informe de progreso de Desk Coach, {period}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="192" />
            <source>Page {page} of {total}</source>
            <extracomment>The footer of each page of the report, at the right: page {page} of {total}.</extracomment>
            <translation>Página {page} de {total}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/ui/report_pdf.py" line="211" />
            <source>{period} (%n week(s))</source>
            <extracomment>Under the report's title: {period} is its days; %n the number of weeks.</extracomment>
            <translation>
                <numerusform>{period} (%n semana)</numerusform>
                <numerusform>{period} (%n semanas)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="261" />
            <source>First ({day})</source>
            <extracomment>A column of the self-check table: {day} the day of the first self-check.</extracomment>
            <translation>Primera ({day})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="263" />
            <source>Latest ({day})</source>
            <extracomment>A column of the self-check table: {day} the day of the latest self-check.</extracomment>
            <translation>Última ({day})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="299" />
            <source>{score}, pain</source>
            <extracomment>A score in the self-check table when the check hurt: "1, pain".</extracomment>
            <translation>{score}, dolor</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_pdf.py" line="217" />
            <source>For: {name}</source>
            <extracomment>Under the report's title: whose report it is, {name} as the user typed it.</extracomment>
            <translation>Para: {name}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/ui/report_saving.py" line="63" />
            <source>Saved the report to {output} (%n page(s)).</source>
            <extracomment>{output} is the PDF file written; %n its pages.</extracomment>
            <translation>
                <numerusform>Informe guardado en {output} (%n página).</numerusform>
                <numerusform>Informe guardado en {output} (%n páginas).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_saving.py" line="125" />
            <source>desk-coach-report.pdf</source>
            <extracomment>The file name offered for the report; keep ".pdf", no spaces or slashes.</extracomment>
            <translation>desk-coach-informe.pdf</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_saving.py" line="83" />
            <location filename="../../desk_coach/ui/report_saving.py" line="116" />
            <location filename="../../desk_coach/ui/report_saving.py" line="118" />
            <source>Save report</source>
            <extracomment>The title of the small dialog that asks how many weeks the report covers.</extracomment>
            <translation>Guardar informe</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_saving.py" line="85" />
            <source>Weeks to include, this one and the ones before:</source>
            <extracomment>The question of that dialog; 1 to 260 weeks.</extracomment>
            <translation>Semanas que incluir, esta y las anteriores:</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_saving.py" line="98" />
            <source>Save the progress report</source>
            <extracomment>The title of the file dialog where the report is saved.</extracomment>
            <translation>Guardar el informe de progreso</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_saving.py" line="101" />
            <source>PDF files (*.pdf)</source>
            <extracomment>The file type in the save dialog ("PDF files (*.pdf)"); keep "(*.pdf)".</extracomment>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_saving.py" line="58" />
            <source>The report could not be written to {output}: {error}. Nothing was saved.</source>
            <extracomment>{output} is the file; {error} the system's reason ("No space left on device").</extracomment>
            <translation>No se pudo escribir el informe en {output}: {error}. No se ha guardado nada.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/report_saving.py" line="37" />
            <source>The report needs the self-check's texts, which cannot be read: {error}</source>
            <extracomment>{error} says what is wrong with the self-check's content file.</extracomment>
            <translation>El informe necesita los textos de la autoevaluación, que no se pueden leer: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/report.py" line="12" />
            <source>Nothing was recorded in these weeks yet: no sitting, no breaks, no self-check. Use Desk Coach for a week or two and make the report again.</source>
            <extracomment>The report's summary when the weeks hold no history at all (a new user).</extracomment>
            <translation>Todavía no se ha registrado nada en estas semanas: ni tiempo sentado, ni pausas, ni autoevaluación. Usa Desk Coach una o dos semanas y vuelve a crear el informe.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/report.py" line="19" />
            <source>Sitting: {minutes} min a day on average, over %n day(s) at the desk.</source>
            <extracomment>The report's summary: {minutes} is the average minutes sat on a day with any sitting; %n counts those days.</extracomment>
            <translation>
                <numerusform>Tiempo sentado: {minutes} min al día de media, en %n día de escritorio.</numerusform>
                <numerusform>Tiempo sentado: {minutes} min al día de media, en %n días de escritorio.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/report.py" line="23" />
            <source>Sitting went down from {first} min a day in the first weeks to {last} min in the last.</source>
            <extracomment>{first} and {last}: average minutes sat a day in the first and the last quarter of the weeks.</extracomment>
            <translation>El tiempo sentado bajó de {first} min al día en las primeras semanas a {last} min en las últimas.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/report.py" line="27" />
            <source>Sitting went up from {first} min a day in the first weeks to {last} min in the last.</source>
            <extracomment>{first} and {last}: average minutes sat a day in the first and the last quarter of the weeks.</extracomment>
            <translation>El tiempo sentado subió de {first} min al día en las primeras semanas a {last} min en las últimas.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/report.py" line="31" />
            <source>Sitting stayed about the same: {minutes} min a day in the last weeks.</source>
            <extracomment>{minutes}: average minutes sat a day in the last weeks, about as many as in the first.</extracomment>
            <translation>El tiempo sentado se mantuvo más o menos igual: {minutes} min al día en las últimas semanas.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/report.py" line="35" />
            <source>%n day(s) over the daily goal of at most {goal} min of sitting.</source>
            <extracomment>%n days sat longer than the goal; {goal} is the daily goal in minutes (at most that much sitting).</extracomment>
            <translation>
                <numerusform>%n día por encima de la meta diaria de {goal} min sentado como máximo.</numerusform>
                <numerusform>%n días por encima de la meta diaria de {goal} min sentado como máximo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/report.py" line="39" />
            <source>Breaks: %n taken of {due} due ({share} %).</source>
            <extracomment>%n breaks taken; {due} breaks due; {share} the share in per cent (a whole number).</extracomment>
            <translation>
                <numerusform>Pausas: %n hecha de {due} pendientes ({share} %).</numerusform>
                <numerusform>Pausas: %n hechas de {due} pendientes ({share} %).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/report.py" line="41" />
            <source>Routines completed: %n.</source>
            <extracomment>%n routines (guided exercise breaks) completed in the weeks of the report.</extracomment>
            <translation>
                <numerusform>Rutinas completadas: %n.</numerusform>
                <numerusform>Rutinas completadas: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/report.py" line="44" />
            <source>Stretching for the {target}, {goal} min a week: reached in {met} of %n week(s).</source>
            <extracomment>The report's summary, one line per body area with a weekly stretching goal: {target} "hip flexors", {goal} the weekly goal in minutes, {met} the weeks that reached it, of %n weeks.</extracomment>
            <translation>
                <numerusform>Estiramientos – {target}, {goal} min a la semana: alcanzado en {met} de %n semana.</numerusform>
                <numerusform>Estiramientos – {target}, {goal} min a la semana: alcanzado en {met} de %n semanas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/report.py" line="49" />
            <source>Stretching for the {target}, {goal} min a week each side: reached in {met} of %n week(s).</source>
            <extracomment>As above, for a body area stretched on each side (left and right): the goal and the minutes are counted on one side.</extracomment>
            <translation>
                <numerusform>Estiramientos – {target}, {goal} min a la semana por lado: alcanzado en {met} de %n semana.</numerusform>
                <numerusform>Estiramientos – {target}, {goal} min a la semana por lado: alcanzado en {met} de %n semanas.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/report.py" line="56" />
            <source>No self-check in these weeks.</source>
            <extracomment>No self-check (the movement check) was taken in the weeks of the report.</extracomment>
            <translation>Ninguna autoevaluación en estas semanas.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/report.py" line="58" />
            <source>One self-check, on {day}.</source>
            <extracomment>{day} is the date of the one self-check of the report's weeks.</extracomment>
            <translation>Una autoevaluación, el {day}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/report.py" line="61" />
            <source>%n self-checks from {first} to {last}: {better}, {worse} than the first.</source>
            <extracomment>%n self-checks; {first} and {last} their first and last dates; {better} e.g. "3 scores better", {worse} e.g. "1 lower".</extracomment>
            <translation>
                <numerusform>%n autoevaluación del {first} al {last}: {better}, {worse} que en la primera.</numerusform>
                <numerusform>%n autoevaluaciones del {first} al {last}: {better}, {worse} que en la primera.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/report.py" line="65" />
            <source>%n score(s) better</source>
            <extracomment>Part of "5 self-checks from ...: 3 scores better, 1 lower than the first."</extracomment>
            <translation>
                <numerusform>%n puntuación mejor</numerusform>
                <numerusform>%n puntuaciones mejores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/report.py" line="67" />
            <source>%n lower</source>
            <extracomment>Part of "5 self-checks from ...: 3 scores better, 1 lower than the first."</extracomment>
            <translation>
                <numerusform>%n más baja</numerusform>
                <numerusform>%n más bajas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/report.py" line="69" />
            <source>No pain reported.</source>
            <extracomment>No pain was reported in the weeks of the report.</extracomment>
            <translation>No se comunicó dolor.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/report.py" line="71" />
            <source>%n pain report(s), listed with what the coach changed.</source>
            <extracomment>%n pain reports (during an exercise, or the morning after); listed in a table later on.</extracomment>
            <translation>
                <numerusform>%n aviso de dolor, listado con lo que cambió el coach.</numerusform>
                <numerusform>%n avisos de dolor, listados con lo que cambió el coach.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/report.py" line="75" />
            <source>The coach changed no exercise level.</source>
            <extracomment>The coach changed no exercise level in the weeks of the report.</extracomment>
            <translation>El coach no cambió ningún nivel de ejercicio.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/report.py" line="77" />
            <source>The coach changed exercise levels %n time(s): {up}, {down}, {pain}.</source>
            <extracomment>%n changes of exercise levels; {up} "4 steps up", {down} "1 step down", {pain} "1 because of pain".</extracomment>
            <translation>
                <numerusform>El coach cambió niveles de ejercicio %n vez: {up}, {down}, {pain}.</numerusform>
                <numerusform>El coach cambió niveles de ejercicio %n veces: {up}, {down}, {pain}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/report.py" line="81" />
            <source>%n step(s) up</source>
            <extracomment>Part of "The coach changed exercise levels 5 times: 4 steps up, ...".</extracomment>
            <translation>
                <numerusform>%n paso arriba</numerusform>
                <numerusform>%n pasos arriba</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/report.py" line="83" />
            <source>%n step(s) down</source>
            <extracomment>Part of "The coach changed exercise levels 5 times: ..., 1 step down, ...".</extracomment>
            <translation>
                <numerusform>%n paso abajo</numerusform>
                <numerusform>%n pasos abajo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/report.py" line="85" />
            <source>%n because of pain</source>
            <extracomment>Part of "The coach changed exercise levels 5 times: ..., 1 because of pain".</extracomment>
            <translation>
                <numerusform>%n por dolor</numerusform>
                <numerusform>%n por dolor</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/report.py" line="87" />
            <source>Paused now: {regions}.</source>
            <extracomment>{regions} lists body regions ("hips and neck") that get no exercise now.</extracomment>
            <translation>En pausa ahora: {regions}.</translation>
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
            <translation>dolor {pain} de 10 durante el ejercicio</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/report.py" line="94" />
            <source>stopped with the pain button</source>
            <extracomment>Part of a row of the table of pain reports: the user pressed "It hurts".</extracomment>
            <translation>detenido con el botón de dolor</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/report.py" line="96" />
            <source>sharp pain</source>
            <extracomment>Part of a row of the table of pain reports: the user reported a sharp pain.</extracomment>
            <translation>dolor agudo</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/report.py" line="98" />
            <source>numbness or tingling</source>
            <extracomment>Part of a row of the table of pain reports: the user reported numbness or tingling.</extracomment>
            <translation>entumecimiento u hormigueo</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/report.py" line="100" />
            <source>Pain {pain} of 10 the morning after a routine</source>
            <extracomment>A row of the table of pain reports: {pain} 1-10, felt the morning after a routine.</extracomment>
            <translation>Dolor {pain} de 10 la mañana después de una rutina</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/report.py" line="103" />
            <source>Exercises for the {region} paused: {reason}. The coach suggested having it checked by a doctor or physiotherapist.</source>
            <extracomment>A row of the table: the coach paused a body {region}; {reason} says why (a sentence); the app then showed the user a calm referral to a doctor or physiotherapist.</extracomment>
            <translation>Ejercicios para {region} en pausa: {reason}. El coach sugirió que lo revise un médico o un fisioterapeuta.</translation>
        </message>
    </context>
    <context>
        <name>RoutineFeedback</name>
        <message>
            <location filename="../../desk_coach/ui/routine/answers.py" line="38" />
            <source>How did it go?</source>
            <extracomment>The title of the questions after a routine.</extracomment>
            <translation>¿Qué tal ha ido?</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/answers.py" line="41" />
            <source>You ended early. How did it go?</source>
            <extracomment>The title of the questions after a routine the user ended before its last exercise.</extracomment>
            <translation>Has terminado antes. ¿Qué tal ha ido?</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/answers.py" line="44" />
            <source>The &amp;rest were just right, no pain</source>
            <extracomment>Button answering for every exercise done except the one that hurt: effort just right, pain 0.</extracomment>
            <translation>El &amp;resto, bien y sin dolor</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/answers.py" line="47" />
            <source>&amp;All just right, no pain</source>
            <extracomment>Button answering for every exercise done: effort just right, pain 0; it saves at once.</extracomment>
            <translation>&amp;Todo bien, sin dolor</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/answers.py" line="55" />
            <source>Stopped because it hurt: left out for the rest of today.</source>
            <extracomment>In the questions after a routine, for an exercise stopped with "This hurts".</extracomment>
            <translation>Detenido porque dolía: queda fuera durante el resto del día.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/answers.py" line="59" />
            <source>Skipped.</source>
            <extracomment>In the questions after a routine, for an exercise the user skipped before doing any of it.</extracomment>
            <translation>Saltado.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/answers.py" line="61" />
            <source>Skipped after {percent} % of it.</source>
            <extracomment>In the questions after a routine, for an exercise skipped part-way; {percent} is a number, 0-100.</extracomment>
            <translation>Saltado tras hacer el {percent} %.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/answers.py" line="88" />
            <source>yes</source>
            <comment>names lowercase mid-sentence</comment>
            <extracomment>Not shown. Write "yes" if, in your language, an exercise's name ("Seated chest opener") starts with a small letter inside a sentence, as in English; write "no" to keep it as written (German nouns).</extracomment>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/feedback.py" line="58" />
            <source>Too &amp;hard</source>
            <extracomment>An answer to "How hard was it?" about one exercise of the routine.</extracomment>
            <translation>Demasiado &amp;difícil</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/feedback.py" line="67" />
            <source>Numbness or tingling</source>
            <extracomment>A check box under "Any of these?", asked when an exercise hurt (a warning sign).</extracomment>
            <translation>Entumecimiento u hormigueo</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/feedback.py" line="72" />
            <source>Pain from 0 to 10: 0 is none, 10 the worst you can imagine. The pull of a stretch is not pain.</source>
            <extracomment>How to answer the pain questions after a routine; also the pain boxes' tooltip.</extracomment>
            <translation>Dolor de 0 a 10: 0 es nada, 10 el peor que puedas imaginar. La tensión de un estiramiento no es dolor.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/feedback.py" line="53" />
            <source>Too &amp;easy</source>
            <extracomment>An answer to "How hard was it?" about one exercise of the routine.</extracomment>
            <translation>Demasiado &amp;fácil</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/feedback.py" line="56" />
            <source>&amp;Just right</source>
            <extracomment>An answer to "How hard was it?" about one exercise of the routine.</extracomment>
            <translation>&amp;Adecuado</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/feedback.py" line="65" />
            <source>Sharp or shooting pain</source>
            <extracomment>A check box under "Any of these?", asked when an exercise hurt (a warning sign).</extracomment>
            <translation>Dolor agudo o punzante</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/feedback.py" line="84" />
            <source> of 10</source>
            <extracomment>After the number in a pain box: "3 of 10". Starts with a space where the language puts one.</extracomment>
            <translation> de 10</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/feedback.py" line="81" />
            <source>not said</source>
            <extracomment>In a pain box (0 to 10) left unanswered: the user has not said how much.</extracomment>
            <translation>sin respuesta</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/feedback.py" line="128" />
            <source>Any of these?</source>
            <extracomment>Asked about an exercise that hurt, before the warning signs' check boxes.</extracomment>
            <translation>¿Alguno de estos?</translation>
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
            <translation>¿Qué tal de esfuerzo?</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/feedback.py" line="184" />
            <source>&amp;Pain, not the stretch feeling:</source>
            <extracomment>Label of the pain box (0 to 10) of one exercise: pain, not the pull a stretch should give.</extracomment>
            <translation>D&amp;olor, no la sensación de estiramiento:</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/feedback.py" line="197" />
            <source>{name}: how much it hurt, 0 to 10</source>
            <extracomment>What a screen reader calls the pain box of an exercise stopped with "This hurts".</extracomment>
            <translation>{name}: cuánto dolió, de 0 a 10</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/feedback.py" line="248" />
            <source>&amp;Save</source>
            <extracomment>Button: saves the answers about the routine and closes the window.</extracomment>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/feedback.py" line="276" />
            <source>Your answers help the coach keep each exercise at the right level for you.</source>
            <extracomment>Under the title of the questions after a routine: why they are asked.</extracomment>
            <translation>Tus respuestas ayudan al coach a mantener cada ejercicio en el nivel adecuado para ti.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/feedback.py" line="284" />
            <source>Every exercise done: just right, and pain 0; then save</source>
            <extracomment>Tooltip of the "All just right, no pain" button.</extracomment>
            <translation>Todos los ejercicios hechos: adecuados y dolor 0; después, guardar</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/feedback.py" line="292" />
            <source>Or answer for each exercise:</source>
            <extracomment>Between the one-press answer and the questions about each exercise.</extracomment>
            <translation>O responde para cada ejercicio:</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/feedback.py" line="200" />
            <source>How much did it hu&amp;rt?</source>
            <extracomment>Label of the pain box (0 to 10) of an exercise stopped with "This hurts".</extracomment>
            <translation>¿Cuánto te do&amp;lió?</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/feedback.py" line="182" />
            <source>{name}: pain, 0 to 10</source>
            <extracomment>What a screen reader calls the pain box of one exercise; {name} is the exercise's name.</extracomment>
            <translation>{name}: dolor, de 0 a 10</translation>
        </message>
    </context>
    <context>
        <name>RoutineWindow</name>
        <message>
            <location filename="../../desk_coach/ui/routine/dialog.py" line="157" />
            <source>Stretch routine</source>
            <extracomment>The title of the guided routine's window (Qt adds " — Desk Coach").</extracomment>
            <translation>Rutina de estiramientos</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/exercise_page.py" line="112" />
            <source>Routine progress</source>
            <extracomment>What a screen reader calls the bar that shows how much of the routine is done.</extracomment>
            <translation>Progreso de la rutina</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/exercise_page.py" line="165" />
            <location filename="../../desk_coach/ui/routine/screen.py" line="273" />
            <source>Time left</source>
            <extracomment>What a screen reader calls the big countdown.</extracomment>
            <translation>Tiempo restante</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/exercise_page.py" line="168" />
            <location filename="../../desk_coach/ui/routine/spoken_cues.py" line="35" />
            <source>Paused</source>
            <extracomment>Shown under the countdown while the routine is paused.</extracomment>
            <extracomment>Read by a screen reader when the routine is paused.</extracomment>
            <translation>En pausa</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/exercise_page.py" line="189" />
            <source>Stop the clock for a moment (P)</source>
            <extracomment>Tooltip of the Pause button; (P) is its key.</extracomment>
            <translation>Detener el reloj un momento (P)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/exercise_page.py" line="192" />
            <source>Leave this exercise out today and go on to the next (S)</source>
            <extracomment>Tooltip of the Skip exercise button; (S) is its key.</extracomment>
            <translation>Dejar este ejercicio por hoy y pasar al siguiente (S)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/exercise_page.py" line="196" />
            <source>Stop this exercise because it hurts (H)</source>
            <extracomment>Tooltip of the This hurts button; (H) is its key.</extracomment>
            <translation>Detener este ejercicio porque duele (H)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/illustration.py" line="53" />
            <source>Drawing: {name}</source>
            <extracomment>What a screen reader says of an exercise's drawing; {name} is the exercise's name.</extracomment>
            <translation>Dibujo: {name}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/pain_page.py" line="39" />
            <source>&amp;End the routine</source>
            <extracomment>Button after "This hurts": ends the whole routine (the next exercises are left out).</extracomment>
            <translation>&amp;Terminar la rutina</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/pain_page.py" line="79" />
            <source>&amp;End now</source>
            <extracomment>Button answering "End the routine now?": yes, end it.</extracomment>
            <translation>&amp;Terminar ahora</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/pain_page.py" line="82" />
            <source>&amp;Keep going</source>
            <extracomment>Button answering "End the routine now?": no, go on with the routine.</extracomment>
            <translation>&amp;Seguir</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="25" />
            <source>Ease in slowly until you feel a mild pull, never pain. Keep breathing normally; don't bounce.</source>
            <extracomment>Under the steps of every stretch in the guided routine.</extracomment>
            <translation>Entra despacio en el estiramiento hasta notar una tensión suave, nunca dolor. Respira con normalidad y no hagas rebotes.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="31" />
            <source>Stop here. Please don't push through pain.</source>
            <extracomment>The title of the page shown after the user pressed "This hurts" during an exercise.</extracomment>
            <translation>Para aquí. Por favor, no sigas si te duele.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="36" />
            <source>Switch sides</source>
            <extracomment>Shown large when it is time to change to the other side of the body.</extracomment>
            <translation>Cambia de lado</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="41" />
            <source>End the routine now? What you have done so far still counts.</source>
            <extracomment>Asked when the user presses Escape during the routine; answered by "Keep going" or "End now".</extracomment>
            <translation>¿Terminar la rutina ahora? Lo que has hecho hasta aquí cuenta igual.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="47" />
            <source>&amp;Pause  (P)</source>
            <extracomment>Button: stops the routine's clock. "(P)" names the key that does the same; keep it as it is.</extracomment>
            <translation>&amp;Pausa  (P)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="52" />
            <source>&amp;Resume  (P)</source>
            <extracomment>Button, in place of Pause while paused. "(P)" names the key that does the same; keep it.</extracomment>
            <translation>&amp;Reanudar  (P)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="57" />
            <source>&amp;Skip exercise  (S)</source>
            <extracomment>Button: leaves the current exercise and goes on to the next. "(S)" names its key; keep it.</extracomment>
            <translation>&amp;Saltar ejercicio  (S)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="62" />
            <source>This &amp;hurts  (H)</source>
            <extracomment>Button: stops the exercise because it hurts. "(H)" names its key; keep it.</extracomment>
            <translation>Esto me &amp;duele  (H)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="96" />
            <source>right side</source>
            <extracomment>The side of the body an exercise is done on (the user's own right, not the screen's).</extracomment>
            <translation>lado derecho</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="193" />
            <source>seconds left</source>
            <extracomment>Under a countdown in seconds, "30".</extracomment>
            <translation>segundos restantes</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="333" />
            <source>&amp;Go on to the next exercise</source>
            <extracomment>Button after "This hurts": on to the next exercise of the routine.</extracomment>
            <translation>&amp;Seguir con el siguiente ejercicio</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="69" />
            <source>S&amp;tart  (Space)</source>
            <extracomment>The main button before the routine starts. "(Space)" names its key: translate the key's name.</extracomment>
            <translation>&amp;Empezar  (Espacio)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="72" />
            <source>I'm rea&amp;dy  (Space)</source>
            <extracomment>The main button while the user gets into position: ends the wait. "(Space)" names its key.</extracomment>
            <translation>&amp;Vamos  (Espacio)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="75" />
            <source>Skip the res&amp;t  (Space)</source>
            <extracomment>The main button during a short rest between two holds or sets. "(Space)" names its key.</extracomment>
            <translation>Sal&amp;tar el descanso  (Espacio)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="78" />
            <source>Rea&amp;dy  (Space)</source>
            <extracomment>The main button while the user changes sides: ends the wait. "(Space)" names its key.</extracomment>
            <translation>&amp;Vamos  (Espacio)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="81" />
            <source>Rep &amp;done  (Space)</source>
            <extracomment>The main button during a set: counts one repetition. "(Space)" names its key.</extracomment>
            <translation>Repetición &amp;hecha  (Espacio)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="94" />
            <source>left side</source>
            <extracomment>The side of the body an exercise is done on (the user's own left, not the screen's).</extracomment>
            <translation>lado izquierdo</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="191" />
            <source>left</source>
            <comment>time remaining</comment>
            <extracomment>Under a countdown in minutes and seconds, "1:30": the time that is left (not the side).</extracomment>
            <translation>restantes</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/ui/routine/screen.py" line="210" />
            <source>%n exercise(s), {duration}. The clock starts when you press Start.</source>
            <extracomment>Before the routine starts: how many exercises and how long, "3 exercises, about 5 min."</extracomment>
            <translation>
                <numerusform>%n ejercicio, {duration}. El reloj empieza cuando pulses «Empezar».</numerusform>
                <numerusform>%n ejercicios, {duration}. El reloj empieza cuando pulses «Empezar».</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="251" />
            <source>Walk at an easy pace</source>
            <extracomment>Title during the walk break.</extracomment>
            <translation>Camina a un ritmo tranquilo</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="270" />
            <source>Repetitions</source>
            <extracomment>What a screen reader calls the big figure during a set: repetitions counted / planned.</extracomment>
            <translation>Repeticiones</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="326" />
            <source>That was the last exercise.</source>
            <extracomment>After "This hurts", when the exercise that hurt was the routine's last.</extracomment>
            <translation>Era el último ejercicio.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="155" />
            <source>Hold {number} of {total} · {side}</source>
            <extracomment>Title while a stretch is held on one side of the body; {side} is "left side" or "right side".</extracomment>
            <translation>Mantén {number} de {total} · {side}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="165" />
            <source>Hold {number} of {total} starts next.</source>
            <extracomment>Under the countdown while the user gets ready: which hold comes after the wait.</extracomment>
            <translation>A continuación: mantén {number} de {total}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="183" />
            <source>Hold {number} of {total} · {side} next.</source>
            <extracomment>Under the countdown of a rest: the hold that comes next and its side, "left side" or "right side".</extracomment>
            <translation>A continuación: mantén {number} de {total} · {side}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="214" />
            <source>Ready when you are</source>
            <extracomment>The title before the routine starts.</extracomment>
            <translation>Cuando quieras</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="222" />
            <source>Get ready</source>
            <extracomment>Title while the user gets into position for the exercise.</extracomment>
            <translation>Prepárate</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="228" />
            <source>Rest</source>
            <extracomment>Title of a short rest between two holds or sets.</extracomment>
            <translation>Descansa</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="236" />
            <source>Now the other side</source>
            <extracomment>Title when it is time to change to the other side of the body.</extracomment>
            <translation>Ahora el otro lado</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="241" />
            <source>Press Space after each rep.</source>
            <extracomment>Under the repetitions counted, once the user counts them with the Space key.</extracomment>
            <translation>Pulsa Espacio después de cada repetición.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="319" />
            <source>{name} is left out for the rest of today. If it hurts like this again, a physiotherapist can help find out why.</source>
            <extracomment>After "This hurts": {name} is the exercise that hurt. Calm, no diagnosis.</extracomment>
            <translation>Dejamos «{name}» fuera durante el resto del día. Si vuelve a dolerte así, un fisioterapeuta puede ayudarte a averiguar por qué.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="328" />
            <source>&amp;Go on</source>
            <extracomment>Button after "This hurts" on the last exercise: on to the questions about the routine.</extracomment>
            <translation>&amp;Seguir</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="330" />
            <source>Next: {name}. The clock waits until you go on.</source>
            <extracomment>After "This hurts": the exercise that comes next; the routine waits until the user goes on.</extracomment>
            <translation>Siguiente: {name}. El reloj espera hasta que sigas.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="113" />
            <source>Take care: {cautions}</source>
            <extracomment>Before an exercise's cautions (safety advice from the library), under its steps.</extracomment>
            <translation>Ten cuidado: {cautions}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="149" />
            <source>Hold {number} of {total}</source>
            <extracomment>Title while a stretch is held: hold 1 of 2.</extracomment>
            <translation>Mantén {number} de {total}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="153" />
            <source>Set {number} of {total} · {side}</source>
            <extracomment>Title while a set runs on one side of the body; {side} is "left side" or "right side".</extracomment>
            <translation>Serie {number} de {total} · {side}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="163" />
            <source>Set {number} of {total} starts next.</source>
            <extracomment>Under the countdown while the user gets ready: which set comes after the wait.</extracomment>
            <translation>A continuación: serie {number} de {total}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="176" />
            <source>Hold {number} of {total} next.</source>
            <extracomment>Under the countdown of a rest between two holds: the hold that comes next.</extracomment>
            <translation>A continuación: mantén {number} de {total}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="180" />
            <source>Set {number} of {total} · {side} next.</source>
            <extracomment>Under the countdown of a rest: the set that comes next and its side, "left side" or "right side".</extracomment>
            <translation>A continuación: serie {number} de {total} · {side}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="261" />
            <source>Exercise {number} of {total} · an extra on offer: skip it if you'd rather not</source>
            <extracomment>Above the exercise: where it is in the routine, and that it is an optional extra.</extracomment>
            <translation>Ejercicio {number} de {total} · un extra opcional: sáltatelo si prefieres no hacerlo</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="266" />
            <source>Exercise {number} of {total}</source>
            <extracomment>Above the exercise: where it is in the routine, "Exercise 2 of 5".</extracomment>
            <translation>Ejercicio {number} de {total}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="147" />
            <source>Set {number} of {total}</source>
            <extracomment>Title while a set of repetitions runs: set 2 of 3.</extracomment>
            <translation>Serie {number} de {total}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="174" />
            <source>Set {number} of {total} next.</source>
            <extracomment>Under the countdown of a rest between two sets: the set that comes next.</extracomment>
            <translation>A continuación: serie {number} de {total}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="219" />
            <source>Get ready · {side}</source>
            <extracomment>Title while the user gets into position; {side} is "left side" or "right side".</extracomment>
            <translation>Prepárate · {side}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="233" />
            <source>Now the {side}</source>
            <extracomment>Title when it is time to change sides; {side} is "left side" or "right side".</extracomment>
            <translation>Ahora el {side}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/screen.py" line="244" />
            <source>Counting one rep every {seconds} s. Press Space after each rep to count yourself.</source>
            <extracomment>Under the repetitions counted: the coach counts at a pace ({seconds} seconds a repetition).</extracomment>
            <translation>Cuento una repetición cada {seconds} s. Pulsa Espacio después de cada repetición si prefieres contar tú.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/spoken_cues.py" line="19" />
            <source>{name}. First: {step}</source>
            <extracomment>Read by a screen reader when an exercise comes up: {name} is the exercise, {step} its first step.</extracomment>
            <translation>{name}. Primero: {step}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/spoken_cues.py" line="54" />
            <source>Repetitions {count}</source>
            <extracomment>Read by a screen reader when the repetitions counted change; {count} is "8 / 10".</extracomment>
            <translation>Repeticiones {count}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/spoken_cues.py" line="45" />
            <source>{count} seconds.</source>
            <extracomment>Read by a screen reader as a phase begins: how long it lasts in seconds; {count} is a figure such as "30".</extracomment>
            <translation>{count} segundos.</translation>
        </message>
    </context>
    <context>
        <name>NextMorning</name>
        <message>
            <location filename="../../desk_coach/ui/routine/next_morning.py" line="41" />
            <source>Yesterday you did the {moves}. Did any of them leave you with pain this morning? A little stiffness after a new move is normal; pain is not.</source>
            <extracomment>{moves} lists yesterday's exercises by name: "seated chest opener, chin tuck and wall push-up".</extracomment>
            <translation>Ayer hiciste estos ejercicios: {moves}. ¿Alguno te ha dejado dolor esta mañana? Un poco de rigidez tras un ejercicio nuevo es normal; el dolor, no.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/next_morning.py" line="37" />
            <source>How do you feel after yesterday's moves?</source>
            <extracomment>The title of the question before the first routine of a day, about yesterday's exercises.</extracomment>
            <translation>¿Cómo te sientes tras los ejercicios de ayer?</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/next_morning.py" line="78" />
            <source>&amp;No pain</source>
            <extracomment>Answer to "any pain this morning from yesterday's moves?".</extracomment>
            <translation>&amp;Sin dolor</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/next_morning.py" line="84" />
            <source>Some &amp;pain…</source>
            <extracomment>Answer to "any pain this morning from yesterday's moves?"; it then asks how much.</extracomment>
            <translation>&amp;Algo de dolor…</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/next_morning.py" line="89" />
            <source>S&amp;kip this question</source>
            <extracomment>Button: leaves the question about pain this morning unanswered, and the routine starts.</extracomment>
            <translation>Saltar esta &amp;pregunta</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/next_morning.py" line="103" />
            <source>Pain this morning, 0 to 10</source>
            <extracomment>What a screen reader calls the box for how much pain there is this morning.</extracomment>
            <translation>Dolor esta mañana, de 0 a 10</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/next_morning.py" line="105" />
            <source>How &amp;much, from 0 to 10?</source>
            <extracomment>Label of the box for how much pain there is this morning, after "Some pain…".</extracomment>
            <translation>¿&amp;Cuánto, de 0 a 10?</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/next_morning.py" line="108" />
            <source>&amp;Save and go on</source>
            <extracomment>Button: saves how much pain there is this morning and starts the routine.</extracomment>
            <translation>&amp;Guardar y seguir</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/routine/next_morning.py" line="52" />
            <source>Your answer helps the coach ease off where something hurt.</source>
            <extracomment>Under the question about pain this morning: why it is asked.</extracomment>
            <translation>Tu respuesta ayuda al coach a suavizar donde algo te ha dolido.</translation>
        </message>
    </context>
    <context>
        <name>ScreenWizard</name>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="69" />
            <source>Desk Coach started, but found something you should know about</source>
            <extracomment>Heads the start-up notices (a problem in the settings file, a database moved aside) on the first page of the self-check.</extracomment>
            <translation>Desk Coach se ha iniciado, pero ha encontrado algo que deberías saber</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="617" />
            <source>What did you notice?</source>
            <translation>¿Qué has notado?</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="126" />
            <source>What Desk Coach is not</source>
            <extracomment>Heading of the disclaimer box on the first page.</extracomment>
            <translation>Lo que Desk Coach no es</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="200" />
            <source>People of 65 and over get longer, gentler stretch holds.</source>
            <translation>A partir de los 65 años, los estiramientos se mantienen más tiempo y con más suavidad.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="430" />
            <source>Desk Coach plans only moves you can do with what is ticked. Nothing ticked is fine too: then breaks use moves that need nothing at all. You can change this later in Settings.</source>
            <translation>Desk Coach solo planifica movimientos que puedas hacer con lo que marques. También puedes no marcar nada: entonces las pausas usan movimientos que no necesitan nada. Puedes cambiarlo más tarde en Ajustes.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="505" />
            <source>Desk Coach will not suggest any exercises and will only remind you to stand up now and then. When you have been seen, you can run the self-check again from the tray menu.</source>
            <translation>Desk Coach no te propondrá ejercicios y solo te recordará que te levantes de vez en cuando. Cuando te hayan atendido, puedes volver a hacer la autoevaluación desde el menú de la bandeja.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="572" />
            <source>It &amp;hurt (stop there: this check is left out)</source>
            <extracomment>A check box on a movement check; &amp; marks its access key (not B or N: Back and Next).</extracomment>
            <translation>Me ha &amp;dolido (para aquí: esta prueba queda fuera)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="577" />
            <source>I can't do this one now: &amp;skip it</source>
            <extracomment>A check box on a movement check; &amp; marks its access key (not B or N: Back and Next).</extracomment>
            <translation>Ahora no puedo hacer esta: salta&amp;rla</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="612" />
            <source>What did you notice on each side? Leave it blank to skip this one.</source>
            <translation>¿Qué has notado en cada lado? Déjalo en blanco para saltarte esta prueba.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="614" />
            <source>What did you notice on each side?</source>
            <translation>¿Qué has notado en cada lado?</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="616" />
            <source>What did you notice? Leave it blank to skip this one.</source>
            <translation>¿Qué has notado? Déjalo en blanco para saltarte esta prueba.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="115" />
            <source>Welcome to your self-check</source>
            <translation>Te damos la bienvenida a tu autoevaluación</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="117" />
            <source>Please read this first.</source>
            <extracomment>Subtitle of the first page, above the disclaimer.</extracomment>
            <translation>Lee esto primero, por favor.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="174" />
            <source>Under 65</source>
            <extracomment>An age band on the lifestyle page of the self-check.</extracomment>
            <translation>Menos de 65</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="176" />
            <source>65 or over</source>
            <extracomment>An age band on the lifestyle page of the self-check.</extracomment>
            <translation>65 o más</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="178" />
            <source>I'd rather not say</source>
            <extracomment>Leaves the age band out.</extracomment>
            <translation>Prefiero no decirlo</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="187" />
            <source>How you spend your days</source>
            <translation>Cómo pasas tus días</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="188" />
            <source>Tick everything that fits you.</source>
            <translation>Marca todo lo que encaje contigo.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="247" />
            <source>Your work hours</source>
            <translation>Tu horario de trabajo</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="248" />
            <source>Desk Coach reminds you only inside these hours. Change them if they are not right; you can also do this later in Settings.</source>
            <translation>Desk Coach solo te avisa dentro de este horario. Cámbialo si no es correcto; también puedes hacerlo más tarde en Ajustes.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="376" />
            <source>Room on the floor</source>
            <translation>Espacio en el suelo</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="377" />
            <source>Some moves are done lying or kneeling on a mat. Without room for them, Desk Coach picks moves you can do sitting or standing.</source>
            <translation>Algunos movimientos se hacen tumbado o de rodillas sobre una esterilla. Si no hay espacio para ellos, Desk Coach elige movimientos que puedes hacer sentado o de pie.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="389" />
            <source>&amp;Yes, there is room</source>
            <extracomment>An answer on the floor page; &amp; marks the access key (not B or N: Back and Next use them).</extracomment>
            <translation>Sí, &amp;hay espacio</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="391" />
            <source>N&amp;o, not really</source>
            <extracomment>An answer on the floor page; &amp; marks the access key (not B or N: Back and Next use them).</extracomment>
            <translation>&amp;No, la verdad es que no</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="415" />
            <source>What you have at hand</source>
            <translation>Lo que tienes a mano</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="416" />
            <source>Tick what you can use during breaks.</source>
            <translation>Marca lo que puedes usar durante las pausas.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="468" />
            <source>No to &amp;all on this page</source>
            <extracomment>A button that answers no to every health question on the page; &amp; marks its access key.</extracomment>
            <translation>&amp;No a todo en esta página</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="470" />
            <source>Answer no to every question on this page</source>
            <translation>Responder no a todas las preguntas de esta página</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="497" />
            <source>Please get help now</source>
            <extracomment>Title of the page shown after an answer that needs urgent care.</extracomment>
            <translation>Busca ayuda ahora, por favor</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="498" />
            <source>Your answer needs medical care before any exercise.</source>
            <translation>Tu respuesta requiere atención médica antes de hacer cualquier ejercicio.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="544" />
            <source>Movement check: {name} (optional)</source>
            <extracomment>Title of a movement check that may be left blank; {name} is the check's name.</extracomment>
            <translation>Chequeo de movimiento: {name} (opcional)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="547" />
            <source>Movement check: {name}</source>
            <extracomment>Title of a movement check's page; {name} is the check's name.</extracomment>
            <translation>Chequeo de movimiento: {name}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="629" />
            <source>Your self-check</source>
            <extracomment>Title of the summary page of the self-check.</extracomment>
            <translation>Tu autoevaluación</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="631" />
            <source>Press Save and start to begin coaching with this.</source>
            <extracomment>"Save and start" is the button's name (without its &amp; access key).</extracomment>
            <translation>Pulsa «Guardar y empezar» para comenzar el coaching con esto.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="689" />
            <source>You are set up</source>
            <translation>Todo listo</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="690" />
            <source>Your self-check is saved. Here is what happens next.</source>
            <translation>Tu autoevaluación está guardada. Esto es lo que pasa ahora.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="199" />
            <source>Your age (optional)</source>
            <translation>Tu edad (opcional)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="265" />
            <source>Day off</source>
            <extracomment>Shown in an empty work-hours field: no work that day.</extracomment>
            <translation>Día libre</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="385" />
            <source>Is there room where you take breaks to lie down on a mat or rug?</source>
            <translation>¿Hay espacio donde haces las pausas para tumbarte en una esterilla o alfombra?</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="452" />
            <source>Health questions ({number} of {count}): {heading}</source>
            <extracomment>Title of a page of health questions: "Health questions (1 of 3): Before you start"; {heading} is the page's own heading.</extracomment>
            <translation>Preguntas de salud ({number} de {count}): {heading}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="558" />
            <source>Move gently and stop if it hurts.</source>
            <translation>Muévete con suavidad y para si te duele.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="639" />
            <source>Please note</source>
            <extracomment>A section of the self-check's summary: referrals to a health professional.</extracomment>
            <translation>Ten en cuenta</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="641" />
            <source>Back on after this check</source>
            <extracomment>A section of a re-check's summary: areas and exercises put back on.</extracomment>
            <translation>Se reanuda tras esta evaluación</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="642" />
            <source>What we found</source>
            <translation>Lo que hemos visto</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="643" />
            <source>What Desk Coach will focus on</source>
            <translation>En qué se centrará Desk Coach</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="695" />
            <source>Your first moves, and why</source>
            <translation>Tus primeros movimientos y por qué</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="696" />
            <source>Your first break</source>
            <translation>Tu primera pausa</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="697" />
            <source>Where to find Desk Coach</source>
            <translation>Dónde encontrar Desk Coach</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="232" />
            <source>&amp;Monday</source>
            <extracomment>A weekday's label on the work-hours page; &amp; marks its access key, which must differ from the other days' and from Back and Next.</extracomment>
            <translation>&amp;Lunes</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="233" />
            <source>T&amp;uesday</source>
            <translation>&amp;Martes</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="234" />
            <source>&amp;Wednesday</source>
            <translation>M&amp;iércoles</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="235" />
            <source>&amp;Thursday</source>
            <translation>&amp;Jueves</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="236" />
            <source>&amp;Friday</source>
            <translation>&amp;Viernes</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="237" />
            <source>S&amp;aturday</source>
            <translation>Sá&amp;bado</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="238" />
            <source>&amp;Sunday</source>
            <translation>&amp;Domingo</translation>
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
            <translation>Horario de trabajo del {day}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/pages.py" line="297" />
            <source>Example: 09:00-12:30, 13:30-17:30. {night_shift}</source>
            <extracomment>Under the work-hours fields; {night_shift} is a sentence about night shifts.</extracomment>
            <translation>Ejemplo: 09:00-12:30, 13:30-17:30. {night_shift}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/widgets.py" line="165" />
            <source>Result</source>
            <extracomment>Heads the choices of a movement check done once (not per side).</extracomment>
            <translation>Resultado</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/widgets.py" line="168" />
            <source>Left</source>
            <extracomment>Heads the choices for the left side.</extracomment>
            <translation>Izquierda</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/widgets.py" line="168" />
            <source>Right</source>
            <extracomment>Heads the choices for the left side.</extracomment>
            <translation>Derecha</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/widgets.py" line="173" />
            <source>Right {part}</source>
            <extracomment>Heads the choices for the right side; {part} is the body part, such as "leg" or "arm".</extracomment>
            <translation>{part} (derecha)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/widgets.py" line="257" />
            <source>Yes</source>
            <extracomment>The answer yes to a health question.</extracomment>
            <translation>Sí</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/widgets.py" line="259" />
            <source>No</source>
            <extracomment>The answer no to a health question.</extracomment>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/widgets.py" line="171" />
            <source>Left {part}</source>
            <extracomment>Heads the choices for the left side; {part} is the body part, such as "leg" or "arm".</extracomment>
            <translation>{part} (izquierda)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/widgets.py" line="105" />
            <source>Drawing: {name}</source>
            <extracomment>What a screen reader says for the drawing of a movement check; {name} is the check's name.</extracomment>
            <translation>Dibujo: {name}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/widgets.py" line="261" />
            <source>{question} Yes</source>
            <extracomment>What a screen reader says for the yes of a health question; {question} is the question.</extracomment>
            <translation>{question} Sí</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/widgets.py" line="263" />
            <source>{question} No</source>
            <extracomment>What a screen reader says for the no of a health question; {question} is the question.</extracomment>
            <translation>{question} No</translation>
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
            <translation>Autoevaluación</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/wizard.py" line="131" />
            <source>&amp;Save and start</source>
            <extracomment>The button that saves the self-check and starts coaching; &amp; marks its access key.</extracomment>
            <translation>&amp;Guardar y empezar</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/wizard.py" line="132" />
            <source>&amp;Cancel</source>
            <translation>&amp;Cancelar</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/wizard.py" line="134" />
            <source>&lt; &amp;Back</source>
            <extracomment>The wizard's buttons; &amp; marks the access key, which the pages' own keys must not use.</extracomment>
            <translation>&lt; &amp;Atrás</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/wizard.py" line="135" />
            <source>&amp;Next &gt;</source>
            <translation>&amp;Siguiente &gt;</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/screen_wizard/wizard.py" line="136" />
            <source>&amp;Finish</source>
            <translation>&amp;Finalizar</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="63" />
            <source>This removes your sitting and break history, your routines and exercise results, your screening answers, your exercise levels and paused areas, your settings and Desk Coach's log from this computer; Desk Coach then quits. It cannot be undone; export your data first if you may want it later.

Delete all your data now?</source>
            <translation>Esto elimina de este ordenador tu historial de tiempo sentado y pausas, tus rutinas y resultados de ejercicios, tus respuestas de la autoevaluación, tus niveles de ejercicio y zonas en pausa, tus ajustes y el registro de Desk Coach; después Desk Coach se cierra. No se puede deshacer; exporta antes tus datos si puede que los quieras más adelante.

¿Borrar todos tus datos ahora?</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="119" />
            <source>Settings</source>
            <extracomment>The Settings window's title.</extracomment>
            <translation>Ajustes</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="180" />
            <source>Export my data</source>
            <extracomment>Title of the file dialog that asks where to export the user's data.</extracomment>
            <translation>Exportar mis datos</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="183" />
            <source>JSON files (*.json)</source>
            <extracomment>The file type offered by the export's file dialog; keep "(*.json)" as it is.</extracomment>
            <translation>Archivos JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="206" />
            <source>Delete all my data?</source>
            <extracomment>Title of the question before deleting everything.</extracomment>
            <translation>¿Borrar todos mis datos?</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="212" />
            <source>&amp;Delete everything</source>
            <extracomment>The button that deletes all the user's data; &amp; marks its access key.</extracomment>
            <translation>&amp;Borrar todo</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="213" />
            <location filename="../../desk_coach/ui/settings_dialog.py" line="267" />
            <source>&amp;Cancel</source>
            <translation>&amp;Cancelar</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="225" />
            <source>All your data was deleted.</source>
            <translation>Se han borrado todos tus datos.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="233" />
            <source>Setting groups</source>
            <extracomment>What a screen reader says for the list of setting groups on the left.</extracomment>
            <translation>Grupos de ajustes</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="236" />
            <source>Settings of the chosen group</source>
            <extracomment>What a screen reader says for the part of Settings that shows the chosen group's settings.</extracomment>
            <translation>Ajustes del grupo elegido</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="266" />
            <source>&amp;Save</source>
            <extracomment>The Settings window's buttons; &amp; marks each access key, which must differ from the others in the window (Export, Delete).</extracomment>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="268" />
            <source>&amp;Restore Defaults</source>
            <translation>&amp;Restablecer valores predeterminados</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="270" />
            <source>Put every setting back to its default; nothing is saved until Save.</source>
            <translation>Devuelve cada ajuste a su valor predeterminado; no se guarda nada hasta pulsar «Guardar».</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="279" />
            <source>&amp;Export my data…</source>
            <extracomment>A button in Settings; &amp; marks its access key, which must differ from Save, Cancel, Restore, Delete.</extracomment>
            <translation>&amp;Exportar mis datos…</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="281" />
            <source>Save everything Desk Coach has recorded about you to a JSON file.</source>
            <translation>Guardar en un archivo JSON todo lo que Desk Coach ha registrado sobre ti.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="286" />
            <source>&amp;Delete all my data…</source>
            <extracomment>A button in Settings; &amp; marks its access key, which must differ from Save, Cancel, Restore, Export.</extracomment>
            <translation>&amp;Borrar todos mis datos…</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="288" />
            <source>Remove everything Desk Coach has recorded about you; asks first.</source>
            <translation>Eliminar todo lo que Desk Coach ha registrado sobre ti; pregunta antes.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="376" />
            <source>{group}, needs fixing</source>
            <extracomment>What a screen reader says for a group holding a setting that is wrong.</extracomment>
            <translation>{group}, hay que corregirlo</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="193" />
            <source>Your data could not be exported: {error}</source>
            <extracomment>{error} is the system's reason, such as "Permission denied".</extracomment>
            <translation>No se pudieron exportar tus datos: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="222" />
            <source>Your data could not be deleted: {error}</source>
            <extracomment>{error} is the system's reason, such as "Permission denied".</extracomment>
            <translation>No se pudieron borrar tus datos: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="305" />
            <source>{group} settings</source>
            <extracomment>What a screen reader says for a group's heading; {group} is the group's name.</extracomment>
            <translation>Ajustes: {group}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="405" />
            <source>Your settings could not be saved, so nothing has changed: {error}</source>
            <extracomment>{error} is the system's reason, such as "Permission denied".</extracomment>
            <translation>No se pudieron guardar tus ajustes, así que no ha cambiado nada: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="197" />
            <source>Your data was exported to {path}.</source>
            <extracomment>{path} is the file written.</extracomment>
            <translation>Tus datos se han exportado a {path}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="425" />
            <source>Your settings were saved, but {app} could not turn on starting at login: {error}</source>
            <extracomment>{app} is Desk Coach's name; {error} the system's reason.</extracomment>
            <translation>Tus ajustes se han guardado, pero {app} no pudo activar el inicio al iniciar sesión: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_dialog.py" line="431" />
            <source>Your settings were saved, but {app} could not turn off starting at login: {error}</source>
            <extracomment>{app} is Desk Coach's name; {error} the system's reason.</extracomment>
            <translation>Tus ajustes se han guardado, pero {app} no pudo desactivar el inicio al iniciar sesión: {error}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="457" />
            <source>A night shift such as 22:00-06:00 goes on the day it starts.</source>
            <extracomment>Work hours are typed as ranges on the 24-hour clock; a night shift belongs to the day it starts.</extracomment>
            <translation>Un turno de noche como 22:00-06:00 va en el día en que empieza.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="52" />
            <source>Desktop notifications</source>
            <extracomment>A way to show reminders (Settings, Notifications).</extracomment>
            <translation>Notificaciones del escritorio</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="54" />
            <source>Tray icon balloon</source>
            <extracomment>A way to show reminders (Settings, Notifications).</extracomment>
            <translation>Globo del icono de la bandeja</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="56" />
            <source>Screen reader only</source>
            <extracomment>Spoken cues of the guided routine (Settings, Sounds): the lines go to a screen reader only.</extracomment>
            <translation>Solo con el lector de pantalla</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="59" />
            <source>Aloud when no screen reader runs</source>
            <extracomment>Spoken cues of the guided routine (Settings, Sounds): spoken by the system's speech (a synthetic voice) when no screen reader runs; by the screen reader when one does.</extracomment>
            <translation>En voz alta si no hay lector de pantalla activo</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="61" />
            <source>Off</source>
            <extracomment>Spoken cues of the guided routine (Settings, Sounds): no spoken lines at all.</extracomment>
            <translation>Desactivadas</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="63" />
            <source>As in my regional settings</source>
            <extracomment>First day of the week: as the system's regional settings say.</extracomment>
            <translation>Como en mi configuración regional</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="65" />
            <source>System language</source>
            <extracomment>The language setting's first choice: follow the system's language.</extracomment>
            <translation>Idioma del sistema</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="352" />
            <source>Default: off.</source>
            <extracomment>The end of an on/off setting's tooltip.</extracomment>
            <translation>Predeterminado: desactivado.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="490" />
            <source>Day off (or type e.g. 09:00-12:30, 13:30-17:30)</source>
            <extracomment>Shown in an empty work-hours field of Settings.</extracomment>
            <translation>Día libre (o escribe p. ej. 09:00-12:30, 13:30-17:30)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="521" />
            <source>{hint} Default: {default}.</source>
            <extracomment>A day's work-hours tooltip: {hint} says how to type the hours, {default} is the default.</extracomment>
            <translation>{hint} Predeterminado: {default}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="295" />
            <source>From {minimum} to {maximum} {unit}. Default: {default} {unit}.</source>
            <extracomment>A number setting's tooltip: "From 20 to 60 minutes. Default: 30 minutes."</extracomment>
            <translation>De {minimum} a {maximum} {unit}. Predeterminado: {default} {unit}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="298" />
            <source>From {minimum} to {maximum}. Default: {default}.</source>
            <extracomment>A number setting's tooltip, for a setting without a unit: "From 0 to 2. Default: 1."</extracomment>
            <translation>De {minimum} a {maximum}. Predeterminado: {default}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="350" />
            <source>Default: on.</source>
            <extracomment>The end of an on/off setting's tooltip.</extracomment>
            <translation>Predeterminado: activado.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="428" />
            <source>Default: none.</source>
            <extracomment>The end of a list setting's tooltip, when nothing is ticked by default.</extracomment>
            <translation>Predeterminado: nada.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="464" />
            <source>Clear {field}</source>
            <extracomment>What a screen reader says for the small button that empties a field; {field} is the field's name.</extracomment>
            <translation>Borrar: {field}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="474" />
            <source>Ranges such as 09:00-12:30, 13:30-17:30; leave empty for a day off. {night_shift}</source>
            <extracomment>Tooltip of a day's work-hours field; {night_shift} is a sentence about night shifts.</extracomment>
            <translation>Franjas como 09:00-12:30, 13:30-17:30; déjalo vacío para un día libre. {night_shift}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="519" />
            <source>a day off</source>
            <extracomment>A day's default work hours when it has none.</extracomment>
            <translation>un día libre</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="159" />
            <location filename="../../desk_coach/ui/settings_fields.py" line="379" />
            <location filename="../../desk_coach/ui/settings_fields.py" line="429" />
            <source>Default: {value}.</source>
            <extracomment>The end of a setting's tooltip; {value} is its default value.</extracomment>
            <translation>Predeterminado: {value}.</translation>
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
            <translation>Pausas</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_form.py" line="44" />
            <source>Idle</source>
            <extracomment>A group of settings: time away from the keyboard and mouse.</extracomment>
            <translation>Inactividad</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_form.py" line="46" />
            <source>Goals</source>
            <extracomment>A group of settings: daily aims for activity and sitting.</extracomment>
            <translation>Objetivos</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_form.py" line="48" />
            <source>Snooze</source>
            <extracomment>A group of settings: putting a reminder off for a while.</extracomment>
            <translation>Posponer</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_form.py" line="50" />
            <source>Typing</source>
            <extracomment>A group of settings: waiting for a pause in typing before a reminder.</extracomment>
            <translation>Escritura</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_form.py" line="51" />
            <source>Work hours</source>
            <translation>Horario de trabajo</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_form.py" line="53" />
            <source>Quiet</source>
            <extracomment>A group of settings: when reminders keep quiet (full screen, camera in use...).</extracomment>
            <translation>Silencio</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_form.py" line="55" />
            <source>Break screen</source>
            <extracomment>A group of settings: covering every monitor during a break, and strict mode.</extracomment>
            <translation>Pantalla de pausa</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_form.py" line="56" />
            <source>Notifications</source>
            <translation>Notificaciones</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_form.py" line="57" />
            <source>Sounds</source>
            <translation>Sonidos</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_form.py" line="59" />
            <source>Startup</source>
            <extracomment>A group of settings: starting at login.</extracomment>
            <translation>Inicio</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_form.py" line="61" />
            <source>Summary</source>
            <extracomment>A group of settings: the weekly summary.</extracomment>
            <translation>Resumen semanal</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_form.py" line="63" />
            <source>Calendar</source>
            <extracomment>A group of settings: how weeks are counted.</extracomment>
            <translation>Calendario</translation>
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
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_form.py" line="182" />
            <source>Must be at least {value} (as set for “{setting}” under {group}), because {reason}.</source>
            <extracomment>Under a setting that must be at least another one: {value} is the other's value (with its unit), {setting} the other's name, {group} its group, {reason} why, in a few words.</extracomment>
            <translation>Debe ser al menos {value} (lo fijado para «{setting}» en {group}), porque {reason}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/ui/settings_form.py" line="118" />
            <source>Save is off until you fix the %n setting(s) marked in red (see {groups}).</source>
            <extracomment>Above the Settings window's buttons; {groups} lists the groups holding those settings.</extracomment>
            <translation>
                <numerusform>No se puede guardar hasta que corrijas el %n ajuste marcado en rojo (ver {groups}).</numerusform>
                <numerusform>No se puede guardar hasta que corrijas los %n ajustes marcados en rojo (ver {groups}).</numerusform>
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
            <translation>lunes</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="67" />
            <location filename="../../desk_coach/wording/sentences/week.py" line="101" />
            <source>Tuesday</source>
            <translation>martes</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="68" />
            <location filename="../../desk_coach/wording/sentences/week.py" line="102" />
            <source>Wednesday</source>
            <translation>miércoles</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="69" />
            <location filename="../../desk_coach/wording/sentences/week.py" line="103" />
            <source>Thursday</source>
            <translation>jueves</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="70" />
            <location filename="../../desk_coach/wording/sentences/week.py" line="104" />
            <source>Friday</source>
            <translation>viernes</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="71" />
            <location filename="../../desk_coach/wording/sentences/week.py" line="105" />
            <source>Saturday</source>
            <translation>sábado</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="72" />
            <location filename="../../desk_coach/wording/sentences/week.py" line="106" />
            <source>Sunday</source>
            <translation>domingo</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="118" />
            <source>Mon</source>
            <translation>lun</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="119" />
            <source>Tue</source>
            <translation>mar</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="120" />
            <source>Wed</source>
            <translation>mié</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="121" />
            <source>Thu</source>
            <translation>jue</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="122" />
            <source>Fri</source>
            <translation>vie</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="123" />
            <source>Sat</source>
            <translation>sáb</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="124" />
            <source>Sun</source>
            <translation>dom</translation>
        </message>
    </context>
    <context>
        <name>Equipment</name>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="74" />
            <source>Desk</source>
            <extracomment>Equipment at hand for breaks.</extracomment>
            <translation>Escritorio</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="76" />
            <source>Chair</source>
            <extracomment>Equipment at hand for breaks.</extracomment>
            <translation>Silla</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="78" />
            <source>Wall</source>
            <extracomment>Equipment at hand for breaks: a free stretch of wall to lean on.</extracomment>
            <translation>Pared</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="80" />
            <source>Doorway</source>
            <extracomment>Equipment at hand for breaks: a door frame to stretch in.</extracomment>
            <translation>Marco de una puerta</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="82" />
            <source>Mat or rug</source>
            <extracomment>Equipment at hand for breaks: an exercise mat or a rug on the floor.</extracomment>
            <translation>Esterilla o alfombra</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="84" />
            <source>Towel</source>
            <extracomment>Equipment at hand for breaks.</extracomment>
            <translation>Toalla</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="86" />
            <source>Cushion</source>
            <extracomment>Equipment at hand for breaks.</extracomment>
            <translation>Cojín</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="88" />
            <source>Resistance band</source>
            <extracomment>Equipment at hand for breaks: an elastic resistance band.</extracomment>
            <translation>Banda elástica</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="90" />
            <source>Mini band (a small loop)</source>
            <extracomment>Equipment at hand for breaks: a small closed loop of elastic band.</extracomment>
            <translation>Minibanda (un lazo pequeño)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/settings_fields.py" line="92" />
            <source>Light dumbbell</source>
            <extracomment>Equipment at hand for breaks.</extracomment>
            <translation>Mancuerna ligera</translation>
        </message>
    </context>
    <context>
        <name>StatusWindow</name>
        <message>
            <location filename="../../desk_coach/ui/status_window.py" line="40" />
            <source>&amp;Resume reminders</source>
            <extracomment>Status window button: reminders start again. Its mnemonic (&amp;) must differ from those of the tray menu's main entries (Start a break now, Snooze, Skip, Pause, Self-check, Progress, Settings, About, Quit) and of "Status:", all buttons of the same window.</extracomment>
            <translation>Rea&amp;nudar recordatorios</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/status_window.py" line="88" />
            <source>{app}'s status and everything its tray menu offers.</source>
            <extracomment>What a screen reader says of the status window as it opens; {app} is Desk Coach.</extracomment>
            <translation>El estado de {app} y todo lo que ofrece su menú en la bandeja del sistema.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/status_window.py" line="110" />
            <source>Opens the lengths to put off the break that is due.</source>
            <extracomment>What a screen reader says of the Snooze button: it opens a list of lengths.</extracomment>
            <translation>Abre los tiempos para posponer la pausa pendiente.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/status_window.py" line="114" />
            <source>Opens the choices: no reminders for a while, or resume them.</source>
            <extracomment>What a screen reader says of the Pause button: it opens a list of choices.</extracomment>
            <translation>Abre las opciones: sin recordatorios durante un rato, o reanudarlos.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/status_window.py" line="97" />
            <source>S&amp;tatus:</source>
            <extracomment>The label of the status window's status line (the tray menu's first line). Its mnemonic (&amp;) must differ from those of the tray menu's main entries, all buttons of the same window.</extracomment>
            <translation>Es&amp;tado:</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/status_window.py" line="100" />
            <source>Status</source>
            <extracomment>What a screen reader calls the status line.</extracomment>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/status_window.py" line="102" />
            <source>Sitting time and the next break, as the tray shows them. Read-only.</source>
            <extracomment>What a screen reader says of the status line: read-only text, read with the arrow keys.</extracomment>
            <translation>Tiempo sentado y próxima pausa, como los muestra la bandeja del sistema. Solo lectura.</translation>
        </message>
    </context>
    <context>
        <name>WayOut</name>
        <message numerus="yes">
            <location filename="../../desk_coach/ui/way_out.py" line="54" />
            <source>Hold Escape for %n second(s) to leave in an emergency</source>
            <extracomment>Shown on a strict break when Escape is pressed or the window is asked to close: how to leave anyway. %n: seconds to hold the key (3 by default).</extracomment>
            <translation>
                <numerusform>Mantén pulsada la tecla Esc %n segundo para salir en caso de emergencia</numerusform>
                <numerusform>Mantén pulsada la tecla Esc %n segundos para salir en caso de emergencia</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/way_out.py" line="59" />
            <source>Keep holding Escape to leave the break…</source>
            <extracomment>Shown while Escape is held on a strict break, above a bar that fills until the break ends.</extracomment>
            <translation>Sigue pulsando Esc para salir de la pausa…</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/way_out.py" line="309" />
            <source>Ends the break early; it is recorded as left by the emergency way out.</source>
            <extracomment>Tooltip of the emergency button of a strict break, also what a screen reader says about it.</extracomment>
            <translation>Termina la pausa antes de tiempo; queda registrada como abandonada por la salida de emergencia.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/way_out.py" line="235" />
            <source>Emergency way out</source>
            <extracomment>What a screen reader calls the bar that fills while Escape is held on a strict break.</extracomment>
            <translation>Salida de emergencia</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/way_out.py" line="302" />
            <source>Leave now (emergency)</source>
            <extracomment>Button on a strict break, shown after a few seconds: ends the break at once in an emergency.</extracomment>
            <translation>Salir ahora (emergencia)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/way_out.py" line="307" />
            <source>Leave the break now, in an emergency</source>
            <extracomment>What a screen reader calls the emergency button of a strict break.</extracomment>
            <translation>Salir ahora de la pausa, en caso de emergencia</translation>
        </message>
    </context>
    <context>
        <name>WeekGlance</name>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="133" />
            <source>Days within your daily goal of {goal} (work days so far and days you sat):</source>
            <extracomment>The sitting tile's tooltip, first line: what the days are; {goal} the daily goal, "300 min".</extracomment>
            <translation>Días dentro de tu objetivo diario de {goal} (días laborables hasta hoy y días con tiempo sentado):</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="149" />
            <source>Breaks taken</source>
            <extracomment>Tile title: breaks taken, as a share of the breaks that came due.</extracomment>
            <translation>Pausas hechas</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="151" />
            <source>Each break that came due counts once, by its last answer; a snoozed reminder that comes back is the same break. Breaks you took before a reminder count as due and taken.</source>
            <extracomment>The breaks tile's tooltip: how "breaks due" is counted.</extracomment>
            <translation>Cada pausa que tocaba cuenta una sola vez, según tu última respuesta; un recordatorio pospuesto que vuelve es la misma pausa. Las pausas que hiciste antes de un recordatorio cuentan como debidas y hechas.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="220" />
            <source>Pull : push sets</source>
            <extracomment>Tile title: sets of pulling exercises against sets of pushing ones.</extracomment>
            <translation>Series de tracción : empuje</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="224" />
            <source>Sets this week — pull: {pull}, push: {push} (a half-done set counts half).</source>
            <extracomment>The pull : push tile's tooltip: the exact sets, {pull} and {push} ("6.5", "3").</extracomment>
            <translation>Series esta semana: tracción {pull}, empuje {push} (una serie hecha a medias cuenta la mitad).</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="139" />
            <source>Sitting within goal</source>
            <extracomment>Tile title: days that stayed within the daily sitting goal.</extracomment>
            <translation>Tiempo sentado dentro del objetivo</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="205" />
            <source>weekly goal met</source>
            <extracomment>Under a target tile's figure: the weekly goal is reached.</extracomment>
            <translation>objetivo semanal alcanzado</translation>
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
            <translation>Tiempo sentado al día</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="122" />
            <source>on average</source>
            <extracomment>Under the average minutes sat a day.</extracomment>
            <translation>de media</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/ui/week_glance_page.py" line="127" />
            <source>{within} / %n day(s)</source>
            <extracomment>Tile value: days that stayed within the daily sitting goal, of the days counted: "4 / 5 days".</extracomment>
            <translation>
                <numerusform>{within} / %n día</numerusform>
                <numerusform>{within} / %n días</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="131" />
            <source>within {goal} · average {average}</source>
            <extracomment>Under the sitting tile's figure: {goal} the daily goal ("300 min"), {average} minutes a day on average.</extracomment>
            <translation>máximo {goal} · media {average}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="158" />
            <source>none came due</source>
            <extracomment>Under the breaks tile's dash: no break came due in the week.</extracomment>
            <translation>no tocó ninguna</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/ui/week_glance_page.py" line="160" />
            <source>{taken} of %n due</source>
            <extracomment>Under the breaks tile's percentage: {taken} breaks taken, of %n that came due.</extracomment>
            <translation>
                <numerusform>{taken} de %n debida</numerusform>
                <numerusform>{taken} de %n debidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/ui/week_glance_page.py" line="163" />
            <source>Of the %n break(s) that came due: {taken} taken, {early} ended early, {skipped} skipped, {put_off} put off and not taken, {waiting} waiting for an answer.</source>
            <extracomment>The breaks tile's tooltip, the exact counts. %n: breaks that came due; {taken}, {early}, {skipped}, {put_off}, {waiting}: how many of them ended each way.</extracomment>
            <translation>
                <numerusform>Pausas que tocaban: %n. Hechas: {taken}; terminadas antes: {early}; saltadas: {skipped}; pospuestas sin hacer: {put_off}; esperando respuesta: {waiting}.</numerusform>
                <numerusform>Pausas que tocaban: %n. Hechas: {taken}; terminadas antes: {early}; saltadas: {skipped}; pospuestas sin hacer: {put_off}; esperando respuesta: {waiting}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="183" />
            <source>{minutes} / {goal} min</source>
            <extracomment>A target tile's figure: minutes of stretching done this week of the weekly goal, "4 / 5 min" (for a body area stretched on each side, the minutes of one side: the line under it says so).</extracomment>
            <translation>{minutes} / {goal} min</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="191" />
            <source>each side, goal met</source>
            <extracomment>Under a target tile's figure for a body area stretched on each side (left and right): the weekly goal, counted on one side, is reached.</extracomment>
            <translation>por lado, objetivo alcanzado</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="211" />
            <source>{minutes} this week of a weekly goal of {goal}</source>
            <extracomment>A target tile's tooltip: {minutes} the exact time this week ("5 min 48 s"), {goal} the weekly goal ("5 min").</extracomment>
            <translation>{minutes} esta semana de un objetivo semanal de {goal}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="222" />
            <source>aim {ratio} : 1 or more</source>
            <extracomment>Under the pull : push figure: the balance the plan asks for, "aim 2 : 1 or more".</extracomment>
            <translation>objetivo: {ratio} : 1 o más</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="199" />
            <source>{minutes} of stretching on each side this week, of a weekly goal of {goal} a side</source>
            <extracomment>A target tile's tooltip, for a body area stretched on each side: {minutes} the exact time on one side this week ("4 min 12 s"), {goal} the weekly goal on each side ("5 min").</extracomment>
            <translation>{minutes} de estiramiento por lado esta semana, de un objetivo semanal de {goal} por lado</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="208" />
            <source>{minutes} to go</source>
            <extracomment>Under a target tile's figure: minutes still to do this week, "2 min to go".</extracomment>
            <translation>a {minutes} del objetivo</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="77" />
            <source>Your exercise levels now</source>
            <extracomment>Heading of the list of the user's current exercise levels, one per body area.</extracomment>
            <translation>Tus niveles de ejercicio ahora</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="80" />
            <source>Your exercise levels at the end of this week</source>
            <extracomment>Heading of the list of the user's exercise levels at the end of a past week shown.</extracomment>
            <translation>Tus niveles de ejercicio al final de esta semana</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="85" />
            <source>Changed this week</source>
            <translation>Cambios de esta semana</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="88" />
            <source>No level changed this week.</source>
            <extracomment>In place of the list of level changes, when the coach changed none in the week shown.</extracomment>
            <translation>Esta semana no ha cambiado ningún nivel.</translation>
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
            <translation>por lado, a {minutes} del objetivo</translation>
        </message>
        <message>
            <location filename="../../desk_coach/ui/week_glance_page.py" line="57" />
            <source>{target}: {exercise}, step {step} of {steps}</source>
            <extracomment>A line under "Your exercise levels": {target} "Hip flexors", {exercise} the exercise's name, {step} and {steps} its rung on the ladder of easier and harder versions, 1 the easiest.</extracomment>
            <translation>{target}: {exercise}, nivel {step} de {steps}</translation>
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
            <translation>Aún no hay nada registrado esta semana: tus datos aparecerán aquí mientras trabajas.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/glance.py" line="16" />
            <source>Nothing was recorded in this week.</source>
            <extracomment>The coach's summary of a past week in which nothing was recorded.</extracomment>
            <translation>En esta semana no se registró nada.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/glance.py" line="18" />
            <source>You sat {average} min a day on average.</source>
            <extracomment>The coach's summary, about sitting, when no daily sitting goal is set. {average}: minutes.</extracomment>
            <translation>Tu tiempo sentado fue de {average} min al día de media.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/glance.py" line="22" />
            <source>You stayed within your {goal} min sitting goal on {within} of %n day(s), {average} min a day on average.</source>
            <extracomment>The coach's summary, about sitting: every day stayed within the daily goal. %n: the days counted (work days so far and days with sitting), also in {within}; {goal}: the daily goal in minutes; {average}: minutes a day on average.</extracomment>
            <translation>
                <numerusform>Te mantuviste dentro de tu objetivo de {goal} min de tiempo sentado {within} de %n día, con una media de {average} min al día.</numerusform>
                <numerusform>Te mantuviste dentro de tu objetivo de {goal} min de tiempo sentado {within} de %n días, con una media de {average} min al día.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/glance.py" line="31" />
            <source>You stayed within your {goal} min sitting goal on {within} of %n day(s); {weekday} went {over} min over.</source>
            <extracomment>The coach's summary, about sitting: {within} of %n days stayed within the goal of {goal} minutes; {weekday} ("Tuesday") went furthest over, by {over} minutes.</extracomment>
            <translation>
                <numerusform>Te mantuviste dentro de tu objetivo de {goal} min de tiempo sentado {within} de %n día; el {weekday} te pasaste {over} min.</numerusform>
                <numerusform>Te mantuviste dentro de tu objetivo de {goal} min de tiempo sentado {within} de %n días; el {weekday} te pasaste {over} min.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/glance.py" line="39" />
            <source>No break came due.</source>
            <extracomment>The coach's summary, about breaks, when no break came due.</extracomment>
            <translation>No tocó ninguna pausa.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/glance.py" line="42" />
            <source>You took {taken} of the %n break(s) that came due ({percent} %).</source>
            <extracomment>The coach's summary, about breaks. %n: breaks that came due; {taken}: how many were taken; {percent}: the share taken, a whole number ("75").</extracomment>
            <translation>
                <numerusform>Hiciste {taken} de la %n pausa que tocaba ({percent} %).</numerusform>
                <numerusform>Hiciste {taken} de las %n pausas que tocaban ({percent} %).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/glance.py" line="47" />
            <source>{target} {minutes} of {goal} min, goal met</source>
            <extracomment>Inside the coach's summary: a body area reached its weekly stretching goal. {target}: "hip flexors"; {minutes}: minutes done; {goal}: the weekly goal in minutes.</extracomment>
            <translation>{target} {minutes} de {goal} min, objetivo alcanzado</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/glance.py" line="50" />
            <source>{target} {minutes} of {goal} min, {short} min to go</source>
            <extracomment>Inside the coach's summary: a body area is short of its weekly stretching goal. {target}: "chest"; {minutes}: minutes done ("1.5"); {goal}: the weekly goal; {short}: minutes still to do.</extracomment>
            <translation>{target} {minutes} de {goal} min, a {short} min del objetivo</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/glance.py" line="54" />
            <source>{target} {minutes} of {goal} min each side, goal met</source>
            <extracomment>Inside the coach's summary: a body area stretched on each side (left and right) reached its weekly goal, counted on one side. {target}: "hip flexors"; {minutes}: minutes done on each side; {goal}: the weekly goal in minutes, each side.</extracomment>
            <translation>{target} {minutes} de {goal} min por lado, objetivo alcanzado</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/glance.py" line="60" />
            <source>{target} {minutes} of {goal} min each side, {short} min to go</source>
            <extracomment>Inside the coach's summary: a body area stretched on each side is short of its weekly goal. {target}: "hip flexors"; {minutes}: minutes done on each side ("4"); {goal}: the weekly goal in minutes, each side; {short}: minutes still to do on each side.</extracomment>
            <translation>{target} {minutes} de {goal} min por lado, a {short} min del objetivo</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/glance.py" line="65" />
            <source>Stretching this week: {goals}.</source>
            <extracomment>The coach's summary, about stretching: the body areas with a weekly goal, e.g. "hip flexors 6 of 5 min, goal met; chest 3 of 5 min, 2 min to go".</extracomment>
            <translation>Estiramientos esta semana: {goals}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/glance.py" line="67" />
            <source>Stretching this week: {goals}. {balance}</source>
            <extracomment>The coach's summary, about stretching, then the pull : push sentence in {balance}.</extracomment>
            <translation>Estiramientos esta semana: {goals}. {balance}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/glance.py" line="70" />
            <source>Pull : push {pull} : {push} — on track (at least {ratio} : 1).</source>
            <extracomment>The coach's summary: sets of pulling exercises against pushing ones, "6 : 3", which keeps the balance the plan asks for ({ratio} : 1, e.g. "2 : 1").</extracomment>
            <translation>Tracción : empuje {pull} : {push}, vas bien (al menos {ratio} : 1).</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/glance.py" line="75" />
            <source>Pull : push {pull} : {push} — a few more pulling sets would bring it to {ratio} : 1.</source>
            <extracomment>The coach's summary: sets of pulling exercises against pushing ones, "2 : 3", below the balance the plan asks for ({ratio} : 1); said as gentle advice.</extracomment>
            <translation>Tracción : empuje {pull} : {push}; unas cuantas series de tracción más lo llevarían a {ratio} : 1.</translation>
        </message>
    </context>
    <context>
        <name>PlanReasons</name>
        <message>
            <location filename="../../desk_coach/wording/check_names.py" line="34" />
            <source>lower</source>
            <comment>check names inside a sentence</comment>
            <extracomment>Not shown: write "lower" if, in your language, the name of a movement check (a title such as "Front-of-hip check") starts with a small letter inside a sentence (English, Spanish), or "keep" if it keeps its capital letter (German nouns).</extracomment>
            <translation>lower</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/check_names.py" line="30" />
            <source>check {id}</source>
            <extracomment>A movement check the self-check no longer has, named by its id ("check S7").</extracomment>
            <translation>prueba {id}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/plan.py" line="30" />
            <source>%n time(s) a week</source>
            <extracomment>How often something comes, inside a plan's reason, for other numbers of days a week.</extracomment>
            <translation>
                <numerusform>%n vez por semana</numerusform>
                <numerusform>%n veces por semana</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/plan.py" line="42" />
            <source>A pushing move once a week keeps the shoulder blades moving both ways, with %n time(s) as many pulls to balance it.</source>
            <extracomment>As "with twice as many pulls", for another ratio of pulls to pushes (%n: the ratio).</extracomment>
            <translation>
                <numerusform>Un ejercicio de empuje una vez por semana mantiene los omóplatos en movimiento en ambas direcciones, con los mismos ejercicios de tracción para equilibrarlo.</numerusform>
                <numerusform>Un ejercicio de empuje una vez por semana mantiene los omóplatos en movimiento en ambas direcciones, con %n veces más ejercicios de tracción para equilibrarlo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/plan.py" line="58" />
            <source>This extra pulling move keeps this week's pulls at %n time(s) as many as the pushes.</source>
            <extracomment>As "twice as many", for another ratio of pulls to pushes (%n: the ratio).</extracomment>
            <translation>
                <numerusform>Este ejercicio de tracción extra mantiene esta semana tantos ejercicios de tracción como de empuje.</numerusform>
                <numerusform>Este ejercicio de tracción extra mantiene esta semana %n veces más ejercicios de tracción que de empuje.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/plan.py" line="74" />
            <source>This pulling move builds up the pulls for this week's pushing move (%n time(s) as many).</source>
            <extracomment>As "(twice as many)", for another ratio of pulls to pushes (%n: the ratio).</extracomment>
            <translation>
                <numerusform>Este ejercicio de tracción va preparando el equilibrio para el ejercicio de empuje de esta semana (tanta tracción como empuje).</numerusform>
                <numerusform>Este ejercicio de tracción va preparando el equilibrio para el ejercicio de empuje de esta semana (%n veces más tracción que empuje).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="22" />
            <source>once a week</source>
            <extracomment>How often something comes, inside a plan's reason: "... so it comes once a week."</extracomment>
            <translation>una vez por semana</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="25" />
            <source>twice a week</source>
            <extracomment>How often something comes, inside a plan's reason: "... so it comes twice a week."</extracomment>
            <translation>dos veces por semana</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="28" />
            <source>three times a week</source>
            <extracomment>How often something comes, inside a plan's reason: "... so it comes three times a week."</extracomment>
            <translation>tres veces por semana</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="36" />
            <source>A pushing move once a week keeps the shoulder blades moving both ways, with twice as many pulls to balance it.</source>
            <extracomment>Why a push-up-like move is in today's routine; it comes with pulling moves (rows).</extracomment>
            <translation>Un ejercicio de empuje una vez por semana mantiene los omóplatos en movimiento en ambas direcciones, con el doble de ejercicios de tracción para equilibrarlo.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="54" />
            <source>This extra pulling move keeps this week's pulls at twice as many as the pushes.</source>
            <extracomment>Why an extra pulling move (a row) is in today's routine.</extracomment>
            <translation>Este ejercicio de tracción extra mantiene esta semana el doble de ejercicios de tracción que de empuje.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="69" />
            <source>This pulling move builds up the pulls for this week's pushing move (twice as many).</source>
            <extracomment>Why a pulling move is in today's routine: this week's pushing move is still to come.</extracomment>
            <translation>Este ejercicio de tracción va preparando el equilibrio para el ejercicio de empuje de esta semana (el doble de tracción que de empuje).</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="84" />
            <source>daily</source>
            <extracomment>How often something comes, inside a plan's reason: "... so this stretch comes daily."</extracomment>
            <translation>a diario</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="87" />
            <source>Long hours of sitting tend to stiffen the {target}, so this stretch comes daily until you take the movement check.</source>
            <extracomment>Why a stretch is in the plan before the movement check. {target}: a body area ("hip flexors").</extracomment>
            <translation>Pasar muchas horas sentado suele dejar rígida esta zona ({target}), así que este estiramiento se incluye a diario hasta que hagas el chequeo de movilidad.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="94" />
            <source>Your {checks} showed {tightness}, so this stretch comes {often}.</source>
            <extracomment>Why a stretch is in the plan. {checks}: names of movement checks ("front-of-hip check"); {tightness}: what they showed ("tight hip flexors"); {often}: "daily", "twice a week".</extracomment>
            <translation>Tu chequeo de movilidad ({checks}) mostró {tightness}, así que este estiramiento se incluye {often}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="99" />
            <source>Your {checks} showed room to build strength, so {target} work comes {often}.</source>
            <extracomment>Why strength work is in the plan. {checks}: names of movement checks; {target}: a body area before a noun ("glute"); {often}: "three times a week".</extracomment>
            <translation>Tu chequeo de movilidad ({checks}) mostró margen para ganar fuerza, así que el trabajo de fuerza de {target} se incluye {often}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="104" />
            <source>Your {checks} suggested this move, so it comes {often}.</source>
            <extracomment>Why a named exercise (chin tucks) is in the plan. {checks}: names of movement checks; {often}: "daily".</extracomment>
            <translation>Tu chequeo de movilidad ({checks}) sugirió este ejercicio, así que se incluye {often}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="109" />
            <source>You are flexible already, so a {target} stretch {often} is plenty and strength work comes first.</source>
            <extracomment>Why a stretch comes only now and then for a flexible person. {target}: a body area before a noun ("hip-flexor"); {often}: "twice a week".</extracomment>
            <translation>Ya eres flexible, así que basta con un estiramiento de {target} {often} y el trabajo de fuerza va primero.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="115" />
            <source>Your {checks} looked fine, so a {target} stretch {often} keeps it that way.</source>
            <extracomment>Why a stretch comes now and then. {checks}: names of movement checks; {target}: a body area before a noun ("chest"); {often}: "twice a week".</extracomment>
            <translation>Tu chequeo de movilidad ({checks}) salió bien, así que un estiramiento de {target} {often} lo mantiene así.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="119" />
            <source>A {target} stretch {often} keeps things moving.</source>
            <extracomment>Why a stretch comes now and then. {target}: a body area before a noun; {often}: "twice a week".</extracomment>
            <translation>Un estiramiento de {target} {often} te mantiene en movimiento.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="124" />
            <source>Flexible joints do best with strength around them, so {target} work comes {often}.</source>
            <extracomment>Why strength work comes for a flexible person. {target}: a body area before a noun ("glute"); {often}: "three times a week".</extracomment>
            <translation>Las articulaciones flexibles se benefician de tener fuerza a su alrededor, así que el trabajo de fuerza de {target} se incluye {often}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="129" />
            <source>{target} strength work {often} keeps that strength up.</source>
            <extracomment>Why strength work comes now and then. {target}: a body area before a noun, starting the sentence ("Glute"); {often}: "twice a week".</extracomment>
            <translation>El trabajo de fuerza de {target} {often} mantiene esa fuerza.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="133" />
            <source>A quick {target} stretch to break up sitting.</source>
            <extracomment>Why a stretch is in a short break. {target}: a body area before a noun ("neck").</extracomment>
            <translation>Un estiramiento rápido de {target} para cortar el tiempo sentado.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="137" />
            <source>A quick {target} move to break up sitting.</source>
            <extracomment>Why a strength move is in a short break. {target}: a body area before a noun ("upper-back").</extracomment>
            <translation>Un ejercicio rápido de {target} para cortar el tiempo sentado.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="140" />
            <source>Your {target} stretching is at {minutes} of this week's {goal} minutes, so a stretch comes in this break too.</source>
            <extracomment>Why a stretch is in a short break too. {target}: a body area before a noun ("hip-flexor"); {minutes}: minutes stretched this week; {goal}: the week's goal in minutes.</extracomment>
            <translation>Tus estiramientos de {target} van por {minutes} de los {goal} minutos de esta semana, así que también hay un estiramiento en esta pausa.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="146" />
            <source>A quick mobility move to break up sitting.</source>
            <extracomment>Why a mobility move (a gentle movement drill) is in a short break.</extracomment>
            <translation>Un ejercicio rápido de movilidad para cortar el tiempo sentado.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="148" />
            <source>A pulling move goes with every chest stretch, to balance the front and back of your shoulders.</source>
            <extracomment>Why a pulling move (a row) comes with a chest stretch.</extracomment>
            <translation>Cada estiramiento de pecho va con un ejercicio de tracción, para equilibrar la parte delantera y la trasera de tus hombros.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="156" />
            <source>A gentle mobility move to round off the routine.</source>
            <extracomment>Why a mobility move ends the daily routine.</extracomment>
            <translation>Un ejercicio suave de movilidad para cerrar la rutina.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="160" />
            <source>An extra move on offer, since you have kept up your breaks: skip it if you'd rather not.</source>
            <extracomment>Why the last move of a routine is offered as an extra the user may skip.</extracomment>
            <translation>Un ejercicio extra opcional, porque has mantenido tus pausas: sáltatelo si lo prefieres.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="165" />
            <source>Getting up for a short, easy walk is a simple way to break up sitting.</source>
            <extracomment>Why a break is a walk.</extracomment>
            <translation>Levantarte para dar un paseo corto y tranquilo es una forma sencilla de cortar el tiempo sentado.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="169" />
            <source>A walk keeps you moving while exercises are on hold.</source>
            <extracomment>Why a break is a walk while exercises are on hold (health answers, or coaching not set up).</extracomment>
            <translation>Un paseo te mantiene en movimiento mientras los ejercicios están en pausa.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="173" />
            <source>Done.</source>
            <extracomment>The reason of an exercise already done, in the week's programme (desk-coach plan --week --json).</extracomment>
            <translation>Hecho.</translation>
        </message>
    </context>
    <context>
        <name>Months</name>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="131" />
            <source>Jan</source>
            <translation>ene.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="132" />
            <source>Feb</source>
            <translation>feb.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="133" />
            <source>Mar</source>
            <translation>mar.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="134" />
            <source>Apr</source>
            <translation>abr.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="136" />
            <source>May</source>
            <comment>short</comment>
            <extracomment>The month of May, short (as "Jan", "Feb").</extracomment>
            <translation>may.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="137" />
            <source>Jun</source>
            <translation>jun.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="138" />
            <source>Jul</source>
            <translation>jul.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="139" />
            <source>Aug</source>
            <translation>ago.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="140" />
            <source>Sep</source>
            <translation>sept.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="141" />
            <source>Oct</source>
            <translation>oct.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="142" />
            <source>Nov</source>
            <translation>nov.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="143" />
            <source>Dec</source>
            <translation>dic.</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="150" />
            <source>{weekday} {day} {month}</source>
            <extracomment>A day in short: weekday, day of the month, month: "Mon 23 Nov".</extracomment>
            <translation>{weekday} {day} {month}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="158" />
            <source>{first} to {last} {year}</source>
            <extracomment>A week's days, first to last, and the year: "Mon 23 Nov to Sun 29 Nov 2026".</extracomment>
            <translation>del {first} al {last} de {year}</translation>
        </message>
    </context>
    <context>
        <name>Doses</name>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/figures.py" line="40" />
            <source>%n set(s) of {reps}</source>
            <extracomment>A strength dose: sets of repetitions, "3 sets of 12".</extracomment>
            <translation>
                <numerusform>%n serie de {reps}</numerusform>
                <numerusform>%n series de {reps}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="53" />
            <source>{dose} each side</source>
            <extracomment>A dose done on the left and on the right: "3 sets of 12 each side".</extracomment>
            <translation>{dose} por lado</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="43" />
            <source>{seconds} s hold</source>
            <extracomment>One held stretch, in seconds: "30 s hold".</extracomment>
            <translation>mantener {seconds} s</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="46" />
            <source>{holds} {times} {seconds} s</source>
            <extracomment>Several holds: two holds of 30 seconds, with the times sign between.</extracomment>
            <translation>{holds} {times} {seconds} s</translation>
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
            <translation>Rutina diaria</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/plan_words.py" line="47" />
            <source>Micro-break</source>
            <extracomment>The heading of a short break's plan.</extracomment>
            <translation>Micropausa</translation>
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
            <translation>Nada planificado.</translation>
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
            <translation>Va con: {partner}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/plan_words.py" line="73" />
            <source>Note: {note}</source>
            <extracomment>Under a plan: why it is as it is ({note}: one or more sentences).</extracomment>
            <translation>Nota: {note}</translation>
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
            <translation>campo '{field}'</translation>
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
            <translation>{value} no es {allowed}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="19" />
            <source>{value} is {kind}, not {allowed}</source>
            <extracomment>"\"30\" is text, not a whole number from 20 to 60"; {kind} is what sort of value it is.</extracomment>
            <translation>{value} es {kind}, no {allowed}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="21" />
            <source>a {type}</source>
            <extracomment>A sort of value with no name of its own; {type} is a programming name for it.</extracomment>
            <translation>un valor de tipo {type}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="22" />
            <source>{value} is empty, not text to show</source>
            <translation>{value} está vacío, no es un texto para mostrar</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="24" />
            <source>item {number}: {what}</source>
            <extracomment>The item of a list at fault: "item 2: ..."; {what} says what is wrong with it.</extracomment>
            <translation>elemento {number}: {what}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="25" />
            <source>{value} names the same thing twice</source>
            <translation>{value} nombra lo mismo dos veces</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="27" />
            <source>{value} is used by an earlier {noun} too</source>
            <extracomment>{value} is an id; {noun} what it names ("question", "item").</extracomment>
            <translation>{value} ya lo usa un elemento anterior ({noun})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="29" />
            <source>missing</source>
            <extracomment>A field that a data file must have but left out.</extracomment>
            <translation>falta</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="31" />
            <source>missing (needs {allowed})</source>
            <extracomment>A field that a data file must have but left out, and what it needs: "missing (needs text)".</extracomment>
            <translation>falta (se necesita {allowed})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="32" />
            <source>not a field Desk Coach knows</source>
            <translation>no es un campo que Desk Coach conozca</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="34" />
            <source>not part of a {kind} dose</source>
            <extracomment>A field of an exercise's dose its kind of dose does not have; {kind} is "hold", "reps" or "timed".</extracomment>
            <translation>no forma parte de una dosis de tipo {kind}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="36" />
            <source>missing (a {kind} dose needs {needs})</source>
            <extracomment>{kind} is "hold", "reps" or "timed"; {needs} lists the fields it needs ("hold_s and reps").</extracomment>
            <translation>falta (una dosis de tipo {kind} necesita {needs})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="38" />
            <source>missing (a setting of type {kind} needs it)</source>
            <extracomment>In the settings' schema (a file of the app): {kind} is a type of setting ("int").</extracomment>
            <translation>falta (un ajuste de tipo {kind} lo necesita)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="42" />
            <source>a positive whole number</source>
            <extracomment>What a field of a data file allows.</extracomment>
            <translation>un número entero positivo</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="43" />
            <location filename="../../desk_coach/wording/sentences/files.py" line="326" />
            <source>a whole number</source>
            <translation>un número entero</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="44" />
            <source>a whole number of at least {low}</source>
            <translation>un número entero de al menos {low}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="45" />
            <source>a whole number from {low} to {high}</source>
            <translation>un número entero de {low} a {high}</translation>
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
            <translation>true o false</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="51" />
            <source>text</source>
            <extracomment>What a field allows: any text.</extracomment>
            <translation>texto</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="53" />
            <source>a known {noun} (one of {names})</source>
            <extracomment>{names} lists the allowed values as the file writes them.</extracomment>
            <translation>un valor conocido de {noun} (uno de {names})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="55" />
            <source>a known {noun} ({listed})</source>
            <extracomment>{listed} says where the allowed values are listed.</extracomment>
            <translation>un valor conocido de {noun} ({listed})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="57" />
            <source>{allowed} or null</source>
            <extracomment>"null" is the file's word for "nothing", keep it.</extracomment>
            <translation>{allowed} o null</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="58" />
            <source>a list of {noun}</source>
            <translation>una lista de {noun}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="59" />
            <source>a list of {least} or more {noun}</source>
            <translation>una lista de {least} o más {noun}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="60" />
            <source>a list of {least} to {most} {noun}</source>
            <translation>una lista de {least} a {most} {noun}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="61" />
            <source>a list of {least} {noun}</source>
            <translation>una lista de exactamente {least} {noun}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="63" />
            <source>a relative resource path ending in {suffixes}, such as "{example}"</source>
            <extracomment>{suffixes} are file endings (".svg or .png"), {example} a path.</extracomment>
            <translation>una ruta de recurso relativa que termine en {suffixes}, como "{example}"</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="66" />
            <location filename="../../desk_coach/wording/sentences/files.py" line="331" />
            <source>a table</source>
            <translation>una tabla</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="68" />
            <source>line {line} holds bytes that are not UTF-8 text</source>
            <extracomment>Why a file cannot be read; {line} is a line number.</extracomment>
            <translation>la línea {line} contiene bytes que no son texto UTF-8</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="70" />
            <source>{why}, so the file cannot be read</source>
            <extracomment>{why} says where the file is not text ("line 3 holds bytes that are not UTF-8 text").</extracomment>
            <translation>{why}, así que no se puede leer el archivo</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="72" />
            <source>this is a folder, not a {noun}</source>
            <extracomment>{noun} is the kind of file expected ("settings file").</extracomment>
            <translation>esto es una carpeta, no un {noun}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="73" />
            <source>Desk Coach is not allowed to read this file (permission denied)</source>
            <translation>Desk Coach no tiene permiso para leer este archivo (permiso denegado)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="77" />
            <source>the file could not be read ({error})</source>
            <extracomment>{error} is the system's reason.</extracomment>
            <translation>no se pudo leer el archivo ({error})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="79" />
            <source>this is not valid TOML at {where} (the parser says: {detail})</source>
            <extracomment>{where} is a place in the file ("line 3, column 7"); {detail} the TOML parser's own words (English).</extracomment>
            <translation>esto no es TOML válido en {where} (el analizador dice: {detail})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="82" />
            <source>line {line}, column {column}</source>
            <translation>línea {line}, columna {column}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="83" />
            <source>the end of the file, line {line}, column {column}</source>
            <translation>el final del archivo, línea {line}, columna {column}</translation>
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
            <translation>no existe ese archivo</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="87" />
            <source>this is not a regular file (a pipe, a device or a socket)</source>
            <translation>esto no es un archivo normal (una tubería, un dispositivo o un socket)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="91" />
            <source>the file is {size} MiB; a trainer's file may be at most {limit}</source>
            <extracomment>A trainer's file that is too big: {size} is its size in MiB ("1.5"), {limit} the limit ("1 MiB").</extracomment>
            <translation>el archivo ocupa {size} MiB; el archivo de un entrenador puede ocupar como máximo {limit}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="95" />
            <source>not valid JSON at line {line}, column {column}: {detail}</source>
            <extracomment>{detail} is the JSON parser's own words (English).</extracomment>
            <translation>JSON no válido en la línea {line}, columna {column}: {detail}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="99" />
            <source>not valid JSON: {detail}</source>
            <extracomment>{detail} is the JSON parser's own words (English).</extracomment>
            <translation>JSON no válido: {detail}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="101" />
            <source>not valid JSON: {name} is not a JSON number</source>
            <extracomment>{name} is a word such as NaN or Infinity, as written in the file.</extracomment>
            <translation>JSON no válido: {name} no es un número JSON</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="103" />
            <source>the escape stands for no character (half of a pair)</source>
            <extracomment>An escape in a JSON file (such as \ud800) that stands for half a character only.</extracomment>
            <translation>la secuencia de escape no representa ningún carácter (es la mitad de un par)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="105" />
            <source>{where}: the escape {escape} stands for no character (half of a pair)</source>
            <extracomment>{where} is a place in the file ("line 3, column 7"), {escape} the escape as written (\ud800).</extracomment>
            <translation>{where}: la secuencia de escape {escape} no representa ningún carácter (es la mitad de un par)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="109" />
            <source>nested too deeply at line {line}, column {column} (a trainer's file needs at most {levels} levels of [ and {{)</source>
            <extracomment>{levels} is a number; "[ and {{" are the characters that open a level (write "{{" for "{").</extracomment>
            <translation>anidado demasiado en la línea {line}, columna {column} (el archivo de un entrenador necesita como máximo {levels} niveles de [ y {{)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="115" />
            <source>{where}: a number {digits} digits long; numbers here are short</source>
            <extracomment>{where} is a place in the file ("line 3, column 7"), {digits} a number of digits.</extracomment>
            <translation>{where}: un número de {digits} cifras; aquí los números son cortos</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="119" />
            <source>{value} has a bad placeholder {error} (allowed here: {allowed})</source>
            <extracomment>In the self-check's content (an app file): {error} is the placeholder at fault, {allowed} allowed ones</extracomment>
            <translation>{value} tiene un marcador incorrecto {error} (permitidos aquí: {allowed})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="122" />
            <source>a TOML document of tables</source>
            <translation>un documento TOML de tablas</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="123" />
            <source>only prompt questions pause regions; leave it empty</source>
            <translation>solo las preguntas prompt pausan zonas; déjalo vacío</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="127" />
            <source>no question of the {tier} tier</source>
            <extracomment>{tier} is a tier of red-flag questions as the file writes it ("emergency").</extracomment>
            <translation>ninguna pregunta del nivel {tier}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="128" />
            <source>"" is empty: an item done on each side names the side</source>
            <translation>"" está vacío: un elemento que se hace en cada lado nombra el lado</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="132" />
            <source>a table with score and text</source>
            <extracomment>"score" and "text" are names of fields, keep them.</extracomment>
            <translation>una tabla con score y text</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="134" />
            <source>scores must be 2, 1, 0 (or 3, 2, 1, 0), highest first; found {scores}</source>
            <extracomment>{scores} are the scores found, as a list ("[2, 1]").</extracomment>
            <translation>las puntuaciones deben ser 2, 1, 0 (o 3, 2, 1, 0), la más alta primero; se encontró {scores}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="138" />
            <source>a version this Desk Coach reads ({version})</source>
            <extracomment>What the "version" of a trainer's file allows; {version} is a number.</extracomment>
            <translation>una versión que este Desk Coach pueda leer ({version})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="140" />
            <source>a date and time with its UTC offset, such as {example}</source>
            <extracomment>{example} is a date and time as a trainer's file writes it.</extracomment>
            <translation>una fecha y hora con su desfase UTC, como {example}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="144" />
            <source>{value} has no UTC offset; add one, as in {example}</source>
            <extracomment>{example} is a date and time as a trainer's file writes it.</extracomment>
            <translation>{value} no tiene desfase UTC; añade uno, como en {example}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="148" />
            <source>{value} is in the future</source>
            <extracomment>A date and time in a trainer's file later than now.</extracomment>
            <translation>{value} está en el futuro</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="150" />
            <source>the ids are listed in the example trainer file</source>
            <extracomment>Where the ids of the red-flag questions are listed (a file shipped with Desk Coach).</extracomment>
            <translation>los identificadores están en el archivo de ejemplo para entrenadores</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="154" />
            <source>a table of scores by item id, such as {example}</source>
            <extracomment>{example} is a table as a trainer's file writes it, keep it.</extracomment>
            <translation>una tabla de puntuaciones por identificador de elemento, como {example}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="156" />
            <source>one JSON object ({example})</source>
            <extracomment>{example} is "{...}", the shape of a JSON object.</extracomment>
            <translation>un objeto JSON ({example})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="158" />
            <source>{value} is not a known movement check (one of {known})</source>
            <extracomment>{value} is an id of a movement check in a trainer's file, {known} lists the ids there are.</extracomment>
            <translation>{value} no es un chequeo de movimiento conocido (uno de {known})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="162" />
            <source>a table such as {example}</source>
            <extracomment>{example} is a table as the file writes it, keep it.</extracomment>
            <translation>una tabla como {example}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="164" />
            <source>{item} is scored on each side: give "left" and "right"</source>
            <extracomment>{item} is the name of a movement check; "left" and "right" are names of fields, keep them.</extracomment>
            <translation>{item} se puntúa en cada lado: indica "left" y "right"</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="168" />
            <source>{item} is scored once: give "score"</source>
            <extracomment>{item} is the name of a movement check; "score" is the name of a field, keep it.</extracomment>
            <translation>{item} se puntúa una vez: indica "score"</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="170" />
            <source>missing; give 0 to {most}, or null if it was not done</source>
            <extracomment>A score a trainer's file leaves out; {most} is the highest score; "null" is the file's word, keep it.</extracomment>
            <translation>falta; indica de 0 a {most}, o null si no se hizo</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="174" />
            <source>the link is dropped</source>
            <extracomment>What Desk Coach does about a link between exercises of its library it cannot use.</extracomment>
            <translation>se quita el enlace</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="176" />
            <source>{label} is left out</source>
            <extracomment>{label} is an exercise's id ("C1") or its place ("entry 3").</extracomment>
            <translation>{label} se deja fuera</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="177" />
            <source>it is left out</source>
            <translation>se deja fuera</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="179" />
            <source>this second {id} is left out</source>
            <extracomment>{id} is an exercise's id used twice.</extracomment>
            <translation>este segundo {id} se deja fuera</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="181" />
            <source>the shipped values are used</source>
            <extracomment>What Desk Coach does about a part of its rules file it cannot use.</extracomment>
            <translation>se usan los valores incluidos</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="182" />
            <source>the shipped default {value} is used</source>
            <translation>se usa el valor predeterminado incluido {value}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="183" />
            <source>the shipped defaults ({values}) are used</source>
            <translation>se usan los valores predeterminados incluidos ({values})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="184" />
            <source>the shipped screen-to-plan rules are used</source>
            <translation>se usan las reglas incluidas de la autoevaluación al plan</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="185" />
            <source>the weekly protraction item is skipped</source>
            <translation>se omite el elemento semanal de protracción</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="186" />
            <source>it still counts as the weekly protraction item</source>
            <translation>aun así cuenta como el elemento semanal de protracción</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="189" />
            <source>the planner skips it</source>
            <translation>el planificador lo omite</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="190" />
            <source>the line never applies</source>
            <translation>la línea nunca se aplica</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="191" />
            <source>an id such as "HF1" (letters, digits, "-" or "_")</source>
            <translation>un identificador como "HF1" (letras, cifras, "-" o "_")</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="195" />
            <source>a stretch is dosed in holds, not as {kind}</source>
            <extracomment>{kind} is a kind of dose as the file writes it ("reps").</extracomment>
            <translation>un estiramiento se dosifica en mantenimientos, no como {kind}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="196" />
            <source>the file does not hold a TOML table</source>
            <translation>el archivo no contiene una tabla TOML</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="198" />
            <source>an [[exercise]] table</source>
            <extracomment>"[[exercise]]" is how the library file writes a table, keep it.</extracomment>
            <translation>una tabla [[exercise]]</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="199" />
            <source>{id} is already used by entry {number}</source>
            <translation>{id} ya lo usa la entrada {number}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="201" />
            <source>{link} was left out of the library</source>
            <extracomment>{link} is an exercise's id.</extracomment>
            <translation>{link} se dejó fuera de la biblioteca</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="203" />
            <source>there is no exercise {link} in the library</source>
            <extracomment>{link} is an exercise's id.</extracomment>
            <translation>no hay ningún ejercicio {link} en la biblioteca</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="205" />
            <source>{link} is for {other}, not {target}, and a ladder stays within one target</source>
            <extracomment>{link} is an exercise's id; {other} and {target} are body targets as the file writes them ("hips").</extracomment>
            <translation>{link} es para {other}, no para {target}, y una escalera se queda en una sola zona</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="209" />
            <source>{link} would make the ladder go round in a loop ({circle}, each step harder)</source>
            <extracomment>{circle} is a chain of exercise ids ("A1 → A2 → A1").</extracomment>
            <translation>{link} haría que la escalera diera vueltas en círculo ({circle}, cada paso más difícil)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="213" />
            <source>a range such as {example} with both ends from {low} to {high}</source>
            <extracomment>{example} is a range as the rules file writes it, keep it.</extracomment>
            <translation>un rango como {example} con ambos extremos de {low} a {high}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="216" />
            <source>{value} has its low end above its high end</source>
            <translation>en {value} el extremo inferior está por encima del superior</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="217" />
            <source>a fraction such as "2/3"</source>
            <translation>una fracción como "2/3"</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="218" />
            <source>a fraction above 0 and at most 1</source>
            <translation>una fracción mayor que 0 y como máximo 1</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="219" />
            <source>the next step cannot start above the rep cap</source>
            <translation>el siguiente paso no puede empezar por encima del máximo de repeticiones</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="220" />
            <source>the next step cannot start above the set cap</source>
            <translation>el siguiente paso no puede empezar por encima del máximo de series</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="221" />
            <source>a stretch hold cannot grow from a longer to a shorter time</source>
            <translation>un mantenimiento de estiramiento no puede crecer de un tiempo más largo a uno más corto</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="224" />
            <source>stretch reps cannot grow from more to fewer</source>
            <translation>las repeticiones de estiramiento no pueden crecer de más a menos</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="225" />
            <source>the pain that pauses a region cannot be lower than the pain that stops an exercise</source>
            <translation>el dolor que pausa una zona no puede ser menor que el que detiene un ejercicio</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="228" />
            <source>the low-adherence share must be below the high-adherence share</source>
            <translation>la proporción de poca constancia debe estar por debajo de la de mucha constancia</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="232" />
            <source>{value} does not fit with {other}: {why}</source>
            <extracomment>{other} is another rule and its value; {why} says why they must fit.</extracomment>
            <translation>{value} no encaja con {other}: {why}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="234" />
            <source>a [section] table</source>
            <extracomment>"[section]" is how the rules file writes a table, keep it.</extracomment>
            <translation>una tabla [section]</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="236" />
            <source>a [[screen_plan]] table</source>
            <extracomment>"[[screen_plan]]" is how the rules file writes a table, keep it.</extracomment>
            <translation>una tabla [[screen_plan]]</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="237" />
            <source>a self-check item such as "S1"</source>
            <translation>un elemento de la autoevaluación como "S1"</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="239" />
            <source>asks for nothing (no {first} or {last})</source>
            <extracomment>{first} and {last} are names of fields, keep them.</extracomment>
            <translation>no pide nada (ni {first} ni {last})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="241" />
            <source>{id} is not in the exercise library</source>
            <extracomment>{id} is an exercise's id.</extracomment>
            <translation>{id} no está en la biblioteca de ejercicios</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="243" />
            <source>{id} is a {pattern} exercise, not a push</source>
            <extracomment>{id} is an exercise's id, {pattern} its movement pattern as the file writes it ("pull").</extracomment>
            <translation>{id} es un ejercicio de tipo {pattern}, no de empuje (push)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="245" />
            <source>{id} is not an item of the self-check (one of {known})</source>
            <extracomment>{id} is a movement check's id ("S1"), {known} lists those there are.</extracomment>
            <translation>{id} no es un elemento de la autoevaluación (uno de {known})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="249" />
            <source>a time of day "HH:MM" on the 24-hour clock, such as "16:00"</source>
            <extracomment>What a time setting allows; "HH:MM" is how it is written in the file, keep it.</extracomment>
            <translation>una hora "HH:MM" en formato de 24 horas, como "16:00"</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="252" />
            <source>{allowed}, without seconds or a time zone</source>
            <translation>{allowed}, sin segundos ni zona horaria</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="254" />
            <source>a list of "HH:MM-HH:MM" ranges, not overlapping, such as ["09:00-12:30", "13:30-17:30"]</source>
            <extracomment>What a work-hours setting allows; the ranges are written as in the file, keep them.</extracomment>
            <translation>una lista de franjas "HH:MM-HH:MM" que no se solapen, como ["09:00-12:30", "13:30-17:30"]</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="258" />
            <source>{value} holds {item}, which is not a range like "09:00-17:30"</source>
            <extracomment>{item} is a value in the list that is not a range.</extracomment>
            <translation>{value} contiene {item}, que no es una franja como "09:00-17:30"</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="262" />
            <source>{value} cannot be used: {why}; allowed is {allowed}</source>
            <extracomment>{why} says what is wrong with a range ("\"09:00\" is not a range like ...").</extracomment>
            <translation>{value} no se puede usar: {why}; se permite {allowed}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="265" />
            <source>{value} is not a range like "09:00-17:30" or "22:00-06:00"</source>
            <translation>{value} no es una franja como "09:00-17:30" o "22:00-06:00"</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="268" />
            <source>{value} names a time that does not exist on a 24-hour clock</source>
            <translation>{value} indica una hora que no existe en formato de 24 horas</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="272" />
            <source>{value} is empty: it ends when it starts</source>
            <extracomment>A work-hours range such as "09:00-09:00".</extracomment>
            <translation>{value} está vacía: termina cuando empieza</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="273" />
            <source>{value} is not a time of day</source>
            <translation>{value} no es una hora del día</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="275" />
            <source>"{earlier}" and "{later}" overlap</source>
            <extracomment>Two work-hours ranges of one day overlap; {earlier} and {later} are ranges ("09:00-12:00").</extracomment>
            <translation>"{earlier}" y "{later}" se solapan</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="277" />
            <source>a table of settings ([{group}])</source>
            <extracomment>{group} is a group of the settings file, as written in it ("breaks").</extracomment>
            <translation>una tabla de ajustes ([{group}])</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="278" />
            <source>not a group of Desk Coach settings</source>
            <translation>no es un grupo de ajustes de Desk Coach</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="280" />
            <source>not a group of Desk Coach settings (did you mean [{name}]?)</source>
            <extracomment>{name} is the group of the settings file the user probably meant ("breaks").</extracomment>
            <translation>no es un grupo de ajustes de Desk Coach (¿querías decir [{name}]?)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="283" />
            <source>not a Desk Coach setting</source>
            <translation>no es un ajuste de Desk Coach</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="285" />
            <source>not a Desk Coach setting (did you mean {name}?)</source>
            <extracomment>{name} is the setting the user probably meant ("breaks.sit_interval_min").</extracomment>
            <translation>no es un ajuste de Desk Coach (¿querías decir {name}?)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="290" />
            <source>{value} must be at least {key} = {floor} ({unit}), because {reason}</source>
            <extracomment>A setting below another it must reach: {key} is that setting ("breaks.sit_interval_min"), {floor} its value, {unit} the unit, {reason} why (the settings' own words).</extracomment>
            <translation>{value} debe ser al menos {key} = {floor} ({unit}), porque {reason}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="294" />
            <source>it is ignored</source>
            <extracomment>What Desk Coach does about a field it does not know.</extracomment>
            <translation>se ignora</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="296" />
            <source>using the defaults for all {group} settings</source>
            <extracomment>What Desk Coach does about a group of settings it cannot read; {group} is its name ("breaks").</extracomment>
            <translation>se usan los valores predeterminados para todos los ajustes de {group}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="298" />
            <source>using the default {value}</source>
            <extracomment>What Desk Coach does about a setting it cannot use; {value} is its default ("30").</extracomment>
            <translation>se usa el valor predeterminado {value}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="300" />
            <source>using {value}, the value of {key}</source>
            <extracomment>{value} is the value used, {key} the setting it comes from.</extracomment>
            <translation>se usa {value}, el valor de {key}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="302" />
            <source>the library is empty</source>
            <extracomment>What Desk Coach does when its exercise library cannot be read.</extracomment>
            <translation>la biblioteca está vacía</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="304" />
            <source>the shipped rules are used</source>
            <extracomment>What Desk Coach does when its rules file cannot be read: it uses the rules built into it.</extracomment>
            <translation>se usan las reglas incluidas</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="306" />
            <source>using the default for every setting until it is fixed</source>
            <extracomment>What Desk Coach does when the settings file cannot be read.</extracomment>
            <translation>se usa el valor predeterminado para cada ajuste hasta que se corrija</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="325" />
            <source>true/false</source>
            <extracomment>A sort of value in a data file ("\"30\" is text, not ..."); keep "true" and "false".</extracomment>
            <translation>un valor verdadero/falso (true/false)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="327" />
            <source>a decimal number</source>
            <translation>un número decimal</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="329" />
            <source>text</source>
            <comment>a sort of value</comment>
            <extracomment>A sort of value in a data file: a text.</extracomment>
            <translation>texto</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="330" />
            <source>a list</source>
            <translation>una lista</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="332" />
            <source>a TOML date or time</source>
            <translation>una fecha u hora TOML</translation>
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
            <translation>opción</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="339" />
            <source>choices</source>
            <translation>opciones</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="340" />
            <source>type of setting</source>
            <translation>tipo de ajuste</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="341" />
            <source>settings file</source>
            <translation>archivo de ajustes</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="342" />
            <source>TOML file</source>
            <translation>archivo TOML</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="343" />
            <source>JSON file</source>
            <translation>archivo JSON</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="344" />
            <source>items</source>
            <translation>elementos</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="345" />
            <source>item</source>
            <translation>elemento</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="346" />
            <source>ids</source>
            <translation>identificadores</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="347" />
            <source>tables</source>
            <translation>tablas</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="348" />
            <source>question</source>
            <translation>pregunta</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="349" />
            <source>question ids</source>
            <translation>identificadores de preguntas</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="350" />
            <source>red-flag question id</source>
            <translation>identificador de pregunta de señal de alerta</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="351" />
            <source>lifestyle</source>
            <translation>estilo de vida</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="352" />
            <source>lifestyles</source>
            <translation>estilos de vida</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="353" />
            <source>piece of equipment</source>
            <translation>material</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="354" />
            <source>pieces of equipment</source>
            <translation>materiales</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="355" />
            <source>age band</source>
            <translation>franja de edad</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="356" />
            <source>region</source>
            <translation>zona</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="357" />
            <source>regions</source>
            <translation>zonas</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="358" />
            <source>tier</source>
            <translation>nivel</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="359" />
            <source>instructions</source>
            <translation>instrucciones</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="361" />
            <source>texts, for scores 0, 1 and 2</source>
            <extracomment>Three texts in the self-check's content, one for each score.</extracomment>
            <translation>textos, para las puntuaciones 0, 1 y 2</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="362" />
            <source>kind of dose</source>
            <translation>tipo de dosis</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="363" />
            <source>steps</source>
            <translation>pasos</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="364" />
            <source>target</source>
            <translation>zona objetivo</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="365" />
            <source>targets</source>
            <translation>zonas objetivo</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="366" />
            <source>pattern</source>
            <translation>patrón de movimiento</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="367" />
            <source>cautions</source>
            <translation>precauciones</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="368" />
            <source>exercise ids</source>
            <translation>identificadores de ejercicios</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="369" />
            <source>self-check items</source>
            <translation>elementos de la autoevaluación</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="371" />
            <source>[[exercise]] tables</source>
            <extracomment>"[[exercise]]" is how the library file writes a table, keep it.</extracomment>
            <translation>tablas [[exercise]]</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="373" />
            <source>[[screen_plan]] tables</source>
            <extracomment>"[[screen_plan]]" is how the rules file writes a table, keep it.</extracomment>
            <translation>tablas [[screen_plan]]</translation>
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
            <translation>{first} y {last}</translation>
        </message>
    </context>
    <context>
        <name>DailyCheck</name>
        <message>
            <location filename="../../desk_coach/wording/sentences/daily_check.py" line="12" />
            <source>What changed</source>
            <extracomment>Title of a message that says how the coaching adapted (breaks later, routines shorter...).</extracomment>
            <translation>Qué ha cambiado</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/daily_check.py" line="14" />
            <source>Time for a short self-check</source>
            <extracomment>Title of a message that offers a new self-check.</extracomment>
            <translation>Es hora de una breve autoevaluación</translation>
        </message>
    </context>
    <context>
        <name>Units</name>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="314" />
            <source>minutes</source>
            <translation>minutos</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="315" />
            <source>seconds</source>
            <translation>segundos</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="317" />
            <source>snoozes</source>
            <extracomment>A number of snoozes allowed a break, after a range: "0 to 5 (snoozes)".</extracomment>
            <translation>aplazamientos</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="319" />
            <source>percent</source>
            <extracomment>After a range of percentages: "50 to 100 (percent)".</extracomment>
            <translation>por ciento</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/files.py" line="321" />
            <source>a day</source>
            <extracomment>After a range of how many times something may happen each day: "1 to 3 (a day)".</extracomment>
            <translation>al día</translation>
        </message>
    </context>
    <context>
        <name>LaunchRequests</name>
        <message>
            <location filename="../../desk_coach/wording/sentences/launch_requests.py" line="12" />
            <source>{app} is already running: find it here in the tray.</source>
            <extracomment>Shown when the app is started a second time. {app}: the app's name, Desk Coach.</extracomment>
            <translation>{app} ya se está ejecutando: lo encontrarás aquí, en la bandeja del sistema.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/launch_requests.py" line="16" />
            <source>{app} is running but its coach has not started; see the log: {log}</source>
            <extracomment>A command-line request failed: the app runs but its coach failed to start. {log}: the log file's path.</extracomment>
            <translation>{app} se está ejecutando, pero su coach no se ha iniciado; consulta el registro: {log}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/launch_requests.py" line="20" />
            <source>unknown command {command}</source>
            <extracomment>A request the running app does not know. {command}: the request's name, in quotes.</extracomment>
            <translation>orden desconocida {command}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/launch_requests.py" line="22" />
            <source>Strict mode is on: a due break can be neither snoozed nor skipped. To stop the breaks for a while, pause them from the tray menu.</source>
            <extracomment>`desk-coach snooze` or `skip` refused: the user turned strict mode on in Settings.</extracomment>
            <translation>El modo estricto está activado: una pausa pendiente no se puede posponer ni saltar. Para detener las pausas un rato, ponlas en pausa desde el menú de la bandeja.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/launch_requests.py" line="28" />
            <source>No break is due right now: nothing to skip.</source>
            <extracomment>`desk-coach skip` refused: no break is due or snoozed.</extracomment>
            <translation>Ahora mismo no toca ninguna pausa: no hay nada que saltar.</translation>
        </message>
    </context>
    <context>
        <name>PlanNotes</name>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="175" />
            <source>Exercises are on hold because of your answers to the health questions: please check with a doctor or physiotherapist first. Until then, every break is an easy walk.</source>
            <extracomment>A note under the plan: exercise is on hold after the health questions (PAR-Q+).</extracomment>
            <translation>Los ejercicios están en pausa por tus respuestas a las preguntas de salud: consulta primero con un médico o fisioterapeuta. Hasta entonces, cada pausa es un paseo tranquilo.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="182" />
            <source>Coaching is not set up yet: take the self-check (Set up coaching… in the tray menu, or desk-coach screen) to get stretches and strength moves. Until then, every break is an easy walk.</source>
            <extracomment>A note under the plan before the self-check. "Set up coaching…" is the tray menu's entry; "desk-coach screen" is a command, not translated.</extracomment>
            <translation>El coaching aún no está configurado: haz la autoevaluación («Configurar coaching…» en el menú de la bandeja, o desk-coach screen) para recibir estiramientos y ejercicios de fuerza. Hasta entonces, cada pausa es un paseo tranquilo.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="188" />
            <source>Pregnancy-friendly choices: nothing in this plan is done lying on your back.</source>
            <extracomment>A note under the plan in pregnancy.</extracomment>
            <translation>Opciones adaptadas al embarazo: nada de este plan se hace tumbada boca arriba.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="192" />
            <source>Exercises for your {regions} are paused until a doctor or physiotherapist has had a look.</source>
            <extracomment>A note under the plan. {regions}: body regions, as a list ("hips, shoulders and back").</extracomment>
            <translation>Los ejercicios de estas zonas quedan en pausa hasta que un médico o fisioterapeuta las revise: {regions}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="198" />
            <source>Fewer breaks got done lately, so this routine is shorter ({minutes} min instead of {full}), at the same level. It comes back to full length once breaks are kept up again.</source>
            <extracomment>A note under a shortened daily routine. {minutes}: its length now; {full}: its usual length, in minutes.</extracomment>
            <translation>Últimamente has hecho menos pausas, así que esta rutina es más corta ({minutes} min en vez de {full}), con el mismo nivel. Vuelve a su duración completa en cuanto retomes tus pausas.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="204" />
            <source>You have kept up your breaks, so the last move is an extra on offer; skipping it is fine.</source>
            <extracomment>A note under a routine whose last move is an extra on offer.</extracomment>
            <translation>Has mantenido tus pausas, así que el último ejercicio es un extra opcional; no pasa nada si te lo saltas.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/plan.py" line="209" />
            <source>No desk exercise fits in %n second(s), so this break is a short walk.</source>
            <extracomment>A note under a short break that became a walk; %n: the break's length in seconds.</extracomment>
            <translation>
                <numerusform>Ningún ejercicio de escritorio cabe en %n segundo, así que esta pausa es un paseo corto.</numerusform>
                <numerusform>Ningún ejercicio de escritorio cabe en %n segundos, así que esta pausa es un paseo corto.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="213" />
            <source>No exercise can be planned right now, so this routine is a walk.</source>
            <extracomment>A note under a daily routine that became a walk.</extracomment>
            <translation>Ahora mismo no se puede planificar ningún ejercicio, así que esta rutina es un paseo.</translation>
        </message>
    </context>
    <context>
        <name>Targets</name>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="221" />
            <source>hip flexors</source>
            <extracomment>A body area as a noun, inside a sentence (see the PlanReasons texts).</extracomment>
            <translation>flexores de cadera</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="223" />
            <source>chest</source>
            <extracomment>A body area as a noun, inside a sentence (see the PlanReasons texts).</extracomment>
            <translation>pecho</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="225" />
            <source>glutes</source>
            <extracomment>A body area as a noun, inside a sentence (see the PlanReasons texts).</extracomment>
            <translation>glúteos</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="227" />
            <source>upper back</source>
            <extracomment>A body area as a noun, inside a sentence (see the PlanReasons texts).</extracomment>
            <translation>espalda alta</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="229" />
            <source>upper spine</source>
            <extracomment>A body area as a noun, inside a sentence (see the PlanReasons texts).</extracomment>
            <translation>columna torácica</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="231" />
            <source>hamstrings</source>
            <extracomment>A body area as a noun, inside a sentence (see the PlanReasons texts).</extracomment>
            <translation>isquiotibiales</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="233" />
            <source>neck</source>
            <extracomment>A body area as a noun, inside a sentence (see the PlanReasons texts).</extracomment>
            <translation>cuello</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="235" />
            <source>walking</source>
            <extracomment>A body area as a noun, inside a sentence (see the PlanReasons texts).</extracomment>
            <translation>caminar</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="239" />
            <source>Hip flexors</source>
            <extracomment>A body area as a noun at the start of a line of the week's figures.</extracomment>
            <translation>Flexores de cadera</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="241" />
            <source>Chest</source>
            <extracomment>A body area as a noun at the start of a line of the week's figures.</extracomment>
            <translation>Pecho</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="243" />
            <source>Glutes</source>
            <extracomment>A body area as a noun at the start of a line of the week's figures.</extracomment>
            <translation>Glúteos</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="245" />
            <source>Upper back</source>
            <extracomment>A body area as a noun at the start of a line of the week's figures.</extracomment>
            <translation>Espalda alta</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="247" />
            <source>Upper spine</source>
            <extracomment>A body area as a noun at the start of a line of the week's figures.</extracomment>
            <translation>Columna torácica</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="249" />
            <source>Hamstrings</source>
            <extracomment>A body area as a noun at the start of a line of the week's figures.</extracomment>
            <translation>Isquiotibiales</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="251" />
            <source>Neck</source>
            <extracomment>A body area as a noun at the start of a line of the week's figures.</extracomment>
            <translation>Cuello</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="253" />
            <source>Walking</source>
            <extracomment>A body area as a noun at the start of a line of the week's figures.</extracomment>
            <translation>Caminar</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="257" />
            <source>hip-flexor</source>
            <comment>before a noun</comment>
            <extracomment>A body area before a noun, as in 'hip-flexor stretch'; see the PlanReasons texts for where it goes.</extracomment>
            <translation>flexores de cadera</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="259" />
            <source>chest</source>
            <comment>before a noun</comment>
            <extracomment>A body area before a noun, as in 'hip-flexor stretch'; see the PlanReasons texts for where it goes.</extracomment>
            <translation>pecho</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="261" />
            <source>glute</source>
            <comment>before a noun</comment>
            <extracomment>A body area before a noun, as in 'hip-flexor stretch'; see the PlanReasons texts for where it goes.</extracomment>
            <translation>glúteos</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="263" />
            <source>upper-back</source>
            <comment>before a noun</comment>
            <extracomment>A body area before a noun, as in 'hip-flexor stretch'; see the PlanReasons texts for where it goes.</extracomment>
            <translation>espalda alta</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="265" />
            <source>upper-spine</source>
            <comment>before a noun</comment>
            <extracomment>A body area before a noun, as in 'hip-flexor stretch'; see the PlanReasons texts for where it goes.</extracomment>
            <translation>columna torácica</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="267" />
            <source>hamstring</source>
            <comment>before a noun</comment>
            <extracomment>A body area before a noun, as in 'hip-flexor stretch'; see the PlanReasons texts for where it goes.</extracomment>
            <translation>isquiotibiales</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="269" />
            <source>neck</source>
            <comment>before a noun</comment>
            <extracomment>A body area before a noun, as in 'hip-flexor stretch'; see the PlanReasons texts for where it goes.</extracomment>
            <translation>cuello</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="271" />
            <source>walking</source>
            <comment>before a noun</comment>
            <extracomment>A body area before a noun, as in 'hip-flexor stretch'; see the PlanReasons texts for where it goes.</extracomment>
            <translation>caminar</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="275" />
            <source>Hip-flexor</source>
            <comment>before a noun, starting a sentence</comment>
            <extracomment>A body area before a noun at the start of a sentence: 'Glute strength work ...'.</extracomment>
            <translation>flexores de cadera</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="277" />
            <source>Chest</source>
            <comment>before a noun, starting a sentence</comment>
            <extracomment>A body area before a noun at the start of a sentence: 'Glute strength work ...'.</extracomment>
            <translation>pecho</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="279" />
            <source>Glute</source>
            <comment>before a noun, starting a sentence</comment>
            <extracomment>A body area before a noun at the start of a sentence: 'Glute strength work ...'.</extracomment>
            <translation>glúteos</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="281" />
            <source>Upper-back</source>
            <comment>before a noun, starting a sentence</comment>
            <extracomment>A body area before a noun at the start of a sentence: 'Glute strength work ...'.</extracomment>
            <translation>espalda alta</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="283" />
            <source>Upper-spine</source>
            <comment>before a noun, starting a sentence</comment>
            <extracomment>A body area before a noun at the start of a sentence: 'Glute strength work ...'.</extracomment>
            <translation>columna torácica</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="285" />
            <source>Hamstring</source>
            <comment>before a noun, starting a sentence</comment>
            <extracomment>A body area before a noun at the start of a sentence: 'Glute strength work ...'.</extracomment>
            <translation>isquiotibiales</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="287" />
            <source>Neck</source>
            <comment>before a noun, starting a sentence</comment>
            <extracomment>A body area before a noun at the start of a sentence: 'Glute strength work ...'.</extracomment>
            <translation>cuello</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="289" />
            <source>Walking</source>
            <comment>before a noun, starting a sentence</comment>
            <extracomment>A body area before a noun at the start of a sentence: 'Glute strength work ...'.</extracomment>
            <translation>caminar</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="293" />
            <source>tight hip flexors</source>
            <extracomment>What the movement check showed, the object of "Your ... check showed ...".</extracomment>
            <translation>flexores de cadera tensos</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="295" />
            <source>a tight chest</source>
            <extracomment>What the movement check showed, the object of "Your ... check showed ...".</extracomment>
            <translation>tensión en el pecho</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="297" />
            <source>tightness in your glutes</source>
            <extracomment>What the movement check showed, the object of "Your ... check showed ...".</extracomment>
            <translation>tensión en los glúteos</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="299" />
            <source>tightness in your upper back</source>
            <extracomment>What the movement check showed, the object of "Your ... check showed ...".</extracomment>
            <translation>tensión en la espalda alta</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="301" />
            <source>tightness in your upper spine</source>
            <extracomment>What the movement check showed, the object of "Your ... check showed ...".</extracomment>
            <translation>tensión en la columna torácica</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="303" />
            <source>tight hamstrings</source>
            <extracomment>What the movement check showed, the object of "Your ... check showed ...".</extracomment>
            <translation>isquiotibiales tensos</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="305" />
            <source>a stiff neck</source>
            <extracomment>What the movement check showed, the object of "Your ... check showed ...".</extracomment>
            <translation>rigidez en el cuello</translation>
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
            <translation>las caderas</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="311" />
            <location filename="../../desk_coach/wording/sentences/progression.py" line="206" />
            <source>shoulders</source>
            <extracomment>A body region, in a list: "Exercises for your hips, shoulders and back are paused ...".</extracomment>
            <extracomment>A body region, inside "exercises for your shoulders are paused".</extracomment>
            <translation>los hombros</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="313" />
            <location filename="../../desk_coach/wording/sentences/progression.py" line="208" />
            <source>back</source>
            <extracomment>A body region, in a list: "Exercises for your hips, shoulders and back are paused ...".</extracomment>
            <extracomment>A body region, inside "exercises for your back are paused".</extracomment>
            <translation>la espalda</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="315" />
            <location filename="../../desk_coach/wording/sentences/progression.py" line="210" />
            <source>neck</source>
            <extracomment>A body region, in a list: "Exercises for your hips, shoulders and back are paused ...".</extracomment>
            <extracomment>A body region, inside "exercises for your neck are paused".</extracomment>
            <translation>el cuello</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/plan.py" line="317" />
            <location filename="../../desk_coach/wording/sentences/progression.py" line="212" />
            <source>legs</source>
            <extracomment>A body region, in a list: "Exercises for your hips, shoulders and back are paused ...".</extracomment>
            <extracomment>A body region, inside "exercises for your legs are paused".</extracomment>
            <translation>las piernas</translation>
        </message>
    </context>
    <context>
        <name>Progression</name>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/progression.py" line="27" />
            <source>%n time(s)</source>
            <extracomment>How often something happened, inside a sentence: "felt too hard 3 times".</extracomment>
            <translation>
                <numerusform>%n vez</numerusform>
                <numerusform>%n veces</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/progression.py" line="44" />
            <source>%nth</source>
            <extracomment>Which time it is from the sixth on, inside "the 6th time for your hips".</extracomment>
            <translation>
                <numerusform>%n.ª</numerusform>
                <numerusform>%n.ª</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/progression.py" line="55" />
            <source>You have kept up your breaks for a while: %n extra exercise(s) on offer if you'd like more.</source>
            <extracomment>Rule 6, shown after the daily check when the breaks were kept up for weeks; %n extra exercises.</extracomment>
            <translation>
                <numerusform>Llevas un tiempo haciendo tus pausas con constancia: si te apetece, tienes %n ejercicio extra.</numerusform>
                <numerusform>Llevas un tiempo haciendo tus pausas con constancia: si te apetece, tienes %n ejercicios extra.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="22" />
            <source>once</source>
            <extracomment>How often something happened, inside a sentence: "felt too easy once".</extracomment>
            <translation>una vez</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="25" />
            <source>twice</source>
            <extracomment>How often something happened, inside a sentence: "felt too easy twice".</extracomment>
            <translation>dos veces</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="33" />
            <source>second</source>
            <extracomment>Which time it is, inside "Glute bridge hurt, the second time for your hips".</extracomment>
            <translation>segunda</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="36" />
            <source>third</source>
            <extracomment>Which time it is, inside "Glute bridge hurt, the third time for your hips".</extracomment>
            <translation>tercera</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="39" />
            <source>fourth</source>
            <extracomment>Which time it is, inside "Glute bridge hurt, the fourth time for your hips".</extracomment>
            <translation>cuarta</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="42" />
            <source>fifth</source>
            <extracomment>Which time it is, inside "Glute bridge hurt, the fifth time for your hips".</extracomment>
            <translation>quinta</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="50" />
            <source>You have kept up your breaks for a while: one extra exercise on offer if you'd like more.</source>
            <extracomment>Rule 6, shown after the daily check when the breaks were kept up for weeks.</extracomment>
            <translation>Llevas un tiempo haciendo tus pausas con constancia: si te apetece, tienes un ejercicio extra.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="66" />
            <source>{exercise} {why}: {where}.</source>
            <extracomment>A what-changed line after a routine. {exercise}: the exercise's name; {why}: e.g. "felt too easy twice"; {where}: e.g. "now 3 sets of 12" or "next up, glute bridge march, 2 sets of 10".</extracomment>
            <translation>{exercise}: {why}; {where}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="68" />
            <source>felt too hard {times}</source>
            <extracomment>Why a level went down, after the exercise's name; {times}: "twice", "3 times".</extracomment>
            <translation>te resultó demasiado difícil {times}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="70" />
            <source>was hard to finish (less than {part}/{whole} done)</source>
            <extracomment>Why a level went down, after the exercise's name: less than {part}/{whole} of the dose done.</extracomment>
            <translation>te costó terminarlo (menos de {part}/{whole} hecho)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/progression.py" line="74" />
            <source>felt comfortable for %n week(s)</source>
            <extracomment>Why a stretch got longer, after the exercise's name.</extracomment>
            <translation>
                <numerusform>te resultó cómodo durante %n semana</numerusform>
                <numerusform>te resultó cómodo durante %n semanas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/progression.py" line="76" />
            <source>felt comfortable for %n week(s) and your movement check improved</source>
            <extracomment>Why the next stretch of a ladder starts, after the exercise's name.</extracomment>
            <translation>
                <numerusform>te resultó cómodo durante %n semana y tu chequeo de movimiento ha mejorado</numerusform>
                <numerusform>te resultó cómodo durante %n semanas y tu chequeo de movimiento ha mejorado</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="80" />
            <source>felt too easy {times}</source>
            <extracomment>Why a level went up, after the exercise's name; {times}: "twice", "3 times".</extracomment>
            <translation>te resultó demasiado fácil {times}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="84" />
            <source>now {dose}</source>
            <extracomment>Where a level stands after it went up; {dose}: e.g. "3 sets of 12".</extracomment>
            <translation>ahora {dose}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="86" />
            <source>back to {dose}</source>
            <extracomment>Where a level stands after it went down; {dose}: e.g. "2 sets of 10".</extracomment>
            <translation>vuelves a {dose}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="88" />
            <source>next up, {exercise:lower}, {dose}</source>
            <extracomment>The harder exercise that comes next, and its dose.</extracomment>
            <translation>a continuación, {exercise:lower}, {dose}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="90" />
            <source>back to {exercise:lower}, {dose}, for now</source>
            <extracomment>The easier exercise done instead for a while, and its dose.</extracomment>
            <translation>por ahora vuelves a {exercise:lower}, {dose}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="92" />
            <source>{exercise} hurt</source>
            <extracomment>The start of a what-changed line: an exercise was stopped because it hurt.</extracomment>
            <translation>{exercise} te ha dolido</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="94" />
            <source>{exercise} hurt ({pain}/10)</source>
            <extracomment>The start of a what-changed line: an exercise hurt, {pain} on a scale of 0 to 10.</extracomment>
            <translation>{exercise} te ha dolido ({pain}/10)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="96" />
            <source>Pain the morning after the {exercise:lower}</source>
            <extracomment>The start of a what-changed line: pain the morning after a routine with this exercise.</extracomment>
            <translation>Dolor a la mañana siguiente de {exercise:lower}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="98" />
            <source>Pain the morning after the {exercise:lower} ({pain}/10)</source>
            <extracomment>The start of a what-changed line: pain ({pain} of 10) the morning after a routine with this exercise.</extracomment>
            <translation>Dolor a la mañana siguiente de {exercise:lower} ({pain}/10)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="102" />
            <source>{pain}: left out for the rest of today, then {where}.</source>
            <extracomment>A what-changed line: {pain} is "Glute bridge hurt (4/10)"; {where} e.g. "back to 2 sets of 10".</extracomment>
            <translation>{pain}: queda fuera el resto del día; después, {where}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="106" />
            <source>{exercise} brought on {symptom}: exercises for your {region} are paused for now.</source>
            <extracomment>A what-changed line; {symptom}: "sharp or shooting pain" or "numbness or tingling"; {region}: "hips".</extracomment>
            <translation>{exercise}: {symptom}. Los ejercicios para {region} quedan en pausa por ahora.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="110" />
            <source>{pain}: exercises for your {region} are paused for now.</source>
            <extracomment>A what-changed line; {pain} is "Glute bridge hurt (7/10)"; {region}: "hips".</extracomment>
            <translation>{pain}: los ejercicios para {region} quedan en pausa por ahora.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="114" />
            <source>{pain}, the {nth} time for your {region}: exercises for your {region} are paused for now.</source>
            <extracomment>A what-changed line; {pain} is "Glute bridge hurt (4/10)"; {nth}: "second"; {region}: "hips".</extracomment>
            <translation>{pain}, la {nth} vez en {region}: los ejercicios para {region} quedan en pausa por ahora.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="119" />
            <source>{symptom} during {exercise:lower}</source>
            <extracomment>Why a region is paused, short, in the history; {symptom}: "numbness or tingling".</extracomment>
            <translation>{symptom} durante {exercise:lower}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="121" />
            <source>pain {pain}/10 during {exercise:lower}</source>
            <extracomment>Why a region is paused, short, in the history; {pain}: 0-10.</extracomment>
            <translation>dolor {pain}/10 durante {exercise:lower}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="123" />
            <source>pain {pain}/10 the morning after {exercise:lower}</source>
            <extracomment>Why a region is paused, short, in the history; {pain}: 0-10.</extracomment>
            <translation>dolor {pain}/10 a la mañana siguiente de {exercise:lower}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/progression.py" line="127" />
            <source>pain in the {region} {times} within %n day(s)</source>
            <extracomment>Why a region is paused, short, in the history; {times}: "twice"; %n days.</extracomment>
            <translation>
                <numerusform>dolor en {region} {times} en %n día</numerusform>
                <numerusform>dolor en {region} {times} en %n días</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="132" />
            <source>Because you noticed {noticed}, we've paused exercises for your {region}. Please see a doctor or physiotherapist before you start them again. Often it turns out to be nothing serious, but it is worth having it checked.</source>
            <extracomment>Shown when the coach pauses a body region (a calm referral, no diagnosis); {noticed}: e.g. "pain of 7/10 during the glute bridge"; {region}: "hips".</extracomment>
            <translation>Como notaste {noticed}, hemos pausado los ejercicios para {region}. Consulta con un médico o un fisioterapeuta antes de retomarlos. A menudo no es nada grave, pero vale la pena que lo revisen.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="139" />
            <source>{symptom} during the {exercise:lower}</source>
            <extracomment>What was noticed, inside the referral "Because you noticed ..."; {symptom}: "numbness or tingling".</extracomment>
            <translation>{symptom} durante {exercise:lower}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="141" />
            <source>pain of {pain}/10 during the {exercise:lower}</source>
            <extracomment>What was noticed, inside the referral "Because you noticed ..."; {pain}: 0-10.</extracomment>
            <translation>dolor de {pain}/10 durante {exercise:lower}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="145" />
            <source>pain of {pain}/10 the morning after the {exercise:lower}</source>
            <extracomment>What was noticed, inside the referral "Because you noticed ..."; {pain}: 0-10.</extracomment>
            <translation>dolor de {pain}/10 a la mañana siguiente de {exercise:lower}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="149" />
            <source>pain in your {region} more than once</source>
            <extracomment>What was noticed, inside the referral "Because you noticed ..."; {region}: "hips".</extracomment>
            <translation>dolor en {region} más de una vez</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="151" />
            <source>Fewer breaks got done this week: routines are shorter, at the same level.</source>
            <extracomment>Rule 6, shown after the daily check when few breaks got done.</extracomment>
            <translation>Esta semana has hecho menos pausas: las rutinas son más cortas, al mismo nivel.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/progression.py" line="155" />
            <source>Fewer breaks got done this week: breaks now come %n minute(s) later and routines are shorter, at the same level.</source>
            <extracomment>Rule 6, shown after the daily check when few breaks got done; the reminders come %n minutes later.</extracomment>
            <translation>
                <numerusform>Esta semana has hecho menos pausas: ahora las pausas llegan %n minuto más tarde y las rutinas son más cortas, al mismo nivel.</numerusform>
                <numerusform>Esta semana has hecho menos pausas: ahora las pausas llegan %n minutos más tarde y las rutinas son más cortas, al mismo nivel.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="164" />
            <source>A short movement check helps the coach pick the right level for you.</source>
            <extracomment>Why a movement check (the self-check) is offered: none was taken yet.</extracomment>
            <translation>Un breve chequeo de movimiento ayuda al coach a elegir el nivel adecuado para ti.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="168" />
            <source>After the step back for pain, a fresh movement check helps set the right level.</source>
            <extracomment>Why a movement check (the self-check) is offered: an exercise was stepped down for pain.</extracomment>
            <translation>Tras el paso atrás por dolor, un nuevo chequeo de movimiento ayuda a ajustar el nivel adecuado.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/progression.py" line="172" />
            <source>Welcome back after %n day(s): a fresh movement check helps set the right level.</source>
            <extracomment>Why a movement check (the self-check) is offered: no routine for %n days.</extracomment>
            <translation>
                <numerusform>Te damos la bienvenida tras %n día: un nuevo chequeo de movimiento ayuda a ajustar el nivel adecuado.</numerusform>
                <numerusform>Te damos la bienvenida tras %n días: un nuevo chequeo de movimiento ayuda a ajustar el nivel adecuado.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/progression.py" line="179" />
            <source>It has been %n week(s) since your last movement check: time for a new one?</source>
            <extracomment>Why a movement check (the self-check) is offered: the last one was %n weeks ago.</extracomment>
            <translation>
                <numerusform>Ha pasado %n semana desde tu último chequeo de movimiento: ¿hacemos uno nuevo?</numerusform>
                <numerusform>Han pasado %n semanas desde tu último chequeo de movimiento: ¿hacemos uno nuevo?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/progression.py" line="183" />
            <source>It has been %n day(s) since your last movement check: time for a new one?</source>
            <extracomment>Why a movement check (the self-check) is offered: the last one was %n days ago.</extracomment>
            <translation>
                <numerusform>Ha pasado %n día desde tu último chequeo de movimiento: ¿hacemos uno nuevo?</numerusform>
                <numerusform>Han pasado %n días desde tu último chequeo de movimiento: ¿hacemos uno nuevo?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="187" />
            <source>{reason} Open Self-check… from the tray menu.</source>
            <extracomment>A desktop notification; {reason}: why the check is offered. "Self-check…" is the tray menu's item.</extracomment>
            <translation>{reason} Abre «Autochequeo…» en el menú del icono de la bandeja.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/progression.py" line="189" />
            <source>After %n day(s) away, {exercise:lower} restarts a step lower: {dose}.</source>
            <extracomment>A what-changed line after %n days without a routine; {dose}: e.g. "2 sets of 10".</extracomment>
            <translation>
                <numerusform>Tras %n día sin entrenar, {exercise:lower} vuelve a empezar un paso más abajo: {dose}.</numerusform>
                <numerusform>Tras %n días sin entrenar, {exercise:lower} vuelve a empezar un paso más abajo: {dose}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/progression.py" line="193" />
            <source>After %n day(s) away, {exercise:lower} restarts a step lower: {easier:lower}, {dose}.</source>
            <extracomment>A what-changed line after %n days without a routine: {easier} is the easier exercise done instead.</extracomment>
            <translation>
                <numerusform>Tras %n día sin entrenar, {exercise:lower} vuelve a empezar un paso más abajo: {easier:lower}, {dose}.</numerusform>
                <numerusform>Tras %n días sin entrenar, {exercise:lower} vuelve a empezar un paso más abajo: {easier:lower}, {dose}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Symptoms</name>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="216" />
            <source>sharp or shooting pain</source>
            <extracomment>A warning sign asked about under the pain question, and named in referrals.</extracomment>
            <translation>dolor agudo o punzante</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/progression.py" line="218" />
            <source>numbness or tingling</source>
            <extracomment>A warning sign asked about under the pain question, and named in referrals.</extracomment>
            <translation>entumecimiento u hormigueo</translation>
        </message>
    </context>
    <context>
        <name>Reminder</name>
        <message>
            <location filename="../../desk_coach/wording/sentences/reminders.py" line="12" />
            <source>Time for your stretch routine</source>
            <extracomment>Title of the reminder for the long break, a guided stretch routine.</extracomment>
            <translation>Es hora de tu rutina de estiramientos</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/reminders.py" line="14" />
            <source>Time to stand up</source>
            <extracomment>Title of the reminder for a short break: get up from the chair.</extracomment>
            <translation>Es hora de levantarte</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/reminders.py" line="16" />
            <source>You've been sitting for {sat} min. About {routine} minutes: hip flexors and chest first, then glutes and upper back.</source>
            <extracomment>Body of the long-break reminder. {sat}: minutes sat so far; {routine}: the routine's length in minutes.</extracomment>
            <translation>Llevas {sat} min sin levantarte. Unos {routine} minutos: primero flexores de la cadera y pecho, después glúteos y parte alta de la espalda.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/reminders.py" line="22" />
            <source>You've been sitting for {sat} min. Stand, walk a few steps and stretch for {minutes} min.</source>
            <extracomment>Body of the short-break reminder. {sat}: minutes sat so far; {minutes}: the break's length in minutes.</extracomment>
            <translation>Llevas {sat} min sin levantarte. Levántate, camina unos pasos y estírate durante {minutes} min.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/reminders.py" line="27" />
            <source>You've been sitting for {sat} min. Stand, walk a few steps and stretch for {seconds} s.</source>
            <extracomment>Body of the short-break reminder. {sat}: minutes sat so far; {seconds}: the break's length in seconds.</extracomment>
            <translation>Llevas {sat} min sin levantarte. Levántate, camina unos pasos y estírate durante {seconds} s.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/reminders.py" line="32" />
            <source>You skipped the last break; even a minute on your feet helps.</source>
            <extracomment>Added to a reminder when the user skipped the break before this one.</extracomment>
            <translation>Te saltaste la última pausa; incluso un minuto de pie sienta bien.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/reminders.py" line="36" />
            <source>The last %n break(s) were skipped; how about a short one now?</source>
            <extracomment>Added to a reminder when the user skipped several breaks in a row (%n is 2 or more).</extracomment>
            <translation>
                <numerusform>La última pausa se saltó; ¿qué tal una breve ahora?</numerusform>
                <numerusform>Las últimas %n pausas se saltaron; ¿qué tal una breve ahora?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/reminders.py" line="40" />
            <source>Snoozed once already.</source>
            <extracomment>Added to a reminder that the user snoozed once before.</extracomment>
            <translation>Ya lo has pospuesto una vez.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/reminders.py" line="42" />
            <source>Snoozed %n time(s) already.</source>
            <extracomment>Added to a reminder that the user snoozed several times (%n is 2 or more).</extracomment>
            <translation>
                <numerusform>Ya lo has pospuesto %n vez.</numerusform>
                <numerusform>Ya lo has pospuesto %n veces.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/reminders.py" line="44" />
            <source>Start now, or skip this one.</source>
            <extracomment>Added when the reminder may not be snoozed again: only Start and Skip remain.</extracomment>
            <translation>Empieza ahora o sáltate esta.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/reminders.py" line="46" />
            <source>Start</source>
            <extracomment>Button on a reminder: begin the break now.</extracomment>
            <translation>Empezar</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/reminders.py" line="48" />
            <source>Snooze</source>
            <extracomment>Button on a reminder: show it again in a few minutes.</extracomment>
            <translation>Posponer</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/reminders.py" line="50" />
            <source>Skip</source>
            <extracomment>Button on a reminder: leave this break out.</extracomment>
            <translation>Saltar</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/reminders.py" line="52" />
            <source>A break starts in %n second(s)</source>
            <extracomment>Title of strict mode's heads-up: a due break starts by itself after %n seconds (no Snooze, no Skip).</extracomment>
            <translation>
                <numerusform>Una pausa empieza en %n segundo</numerusform>
                <numerusform>Una pausa empieza en %n segundos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/reminders.py" line="54" />
            <source>Finish your sentence or save your work: then stand up and move for a moment.</source>
            <extracomment>Body of strict mode's heads-up before a short break.</extracomment>
            <translation>Termina la frase o guarda tu trabajo: después levántate y muévete un momento.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/reminders.py" line="58" />
            <source>Finish your sentence or save your work: your stretch routine comes next.</source>
            <extracomment>Body of strict mode's heads-up before the long break, a guided stretch routine.</extracomment>
            <translation>Termina la frase o guarda tu trabajo: a continuación viene tu rutina de estiramientos.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/reminders.py" line="62" />
            <source>Start now</source>
            <extracomment>The one button of strict mode's heads-up: begin the break now rather than when the warning ends.</extracomment>
            <translation>Empezar ya</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/snooze.py" line="13" />
            <source>Snooze {minutes} min</source>
            <extracomment>The reminder's Snooze button, which puts the break off for the usual length; keep it short (a notification's button). {minutes}: a number of minutes, e.g. "5".</extracomment>
            <translation>Posponer {minutes} min</translation>
        </message>
    </context>
    <context>
        <name>ScreenSummary</name>
        <message>
            <location filename="../../desk_coach/wording/sentences/screening.py" line="14" />
            <source>{item}: it hurt, so it was left out.</source>
            <extracomment>Self-check summary, "What we found". {item}: a movement check's name, e.g. "Hip hinge".</extracomment>
            <translation>{item}: dolió, así que se dejó fuera.</translation>
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
            <translation>{item}: {score}; el lado {lower} ({side}) puntuó más bajo que el {higher}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/screening.py" line="24" />
            <source>{item}: skipped.</source>
            <extracomment>Self-check summary: the user skipped this movement check. {item}: its name.</extracomment>
            <translation>{item}: omitido.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/screening.py" line="26" />
            <source>{item}: left out after your answers.</source>
            <extracomment>Self-check summary: a health answer meant this check was not offered. {item}: its name.</extracomment>
            <translation>{item}: se dejó fuera tras tus respuestas.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/screening.py" line="28" />
            <source>Paused for now: the moves for your {regions}.</source>
            <extracomment>Self-check summary, "What Desk Coach will focus on". {regions}: e.g. "hips and back".</extracomment>
            <translation>En pausa por ahora: los movimientos para {regions}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/screening.py" line="30" />
            <source>Pregnancy-friendly versions of each move.</source>
            <extracomment>Self-check summary, "What Desk Coach will focus on", after a yes to the pregnancy question.</extracomment>
            <translation>Versiones de cada movimiento adecuadas para el embarazo.</translation>
        </message>
    </context>
    <context>
        <name>Sides</name>
        <message>
            <location filename="../../desk_coach/wording/sentences/screening.py" line="36" />
            <source>left</source>
            <extracomment>A side of the body, inside "your right leg scored lower than your left".</extracomment>
            <translation>izquierdo</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/screening.py" line="38" />
            <source>right</source>
            <extracomment>A side of the body, inside "your right leg scored lower than your left".</extracomment>
            <translation>derecho</translation>
        </message>
    </context>
    <context>
        <name>SetUp</name>
        <message>
            <location filename="../../desk_coach/wording/sentences/set_up.py" line="12" />
            <source>Coaching is not set up yet</source>
            <extracomment>Title of the message shown when the user closed the self-check without finishing it.</extracomment>
            <translation>El coaching aún no está configurado</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/set_up.py" line="15" />
            <source>Until you take the self-check, every break is a short walk. Choose Set up coaching… in the tray menu when you are ready.</source>
            <extracomment>The message shown when the user closed the self-check without finishing it. "Set up coaching…" is the tray menu's entry.</extracomment>
            <translation>Hasta que hagas la autoevaluación, cada pausa es un paseo corto. Elige «Configurar el coaching…» en el menú de la bandeja cuando quieras.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/set_up.py" line="21" />
            <source>Coaching is not set up yet, so this is a walk break: choose Set up coaching… in the tray menu for stretches and strength moves.</source>
            <extracomment>Added to the first reminder while coaching is not set up. "Set up coaching…" is the tray menu's entry.</extracomment>
            <translation>El coaching aún no está configurado, así que esta es una pausa para caminar: elige «Configurar el coaching…» en el menú de la bandeja para estiramientos y ejercicios de fuerza.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/set_up.py" line="27" />
            <source>Desk Coach lives in the system tray, usually by the clock: a ring that fills as your next break comes closer. Click it for its menu (Start a break now, Pause, Self-check…, Settings…).</source>
            <extracomment>Last page of the self-check: where the app is found. The names in brackets are the tray menu's entries.</extracomment>
            <translation>Desk Coach vive en la bandeja del sistema, normalmente junto al reloj: un anillo que se llena a medida que se acerca tu próxima pausa. Haz clic en él para abrir su menú (Empezar una pausa ahora, Pausar, Autoevaluación…, Ajustes…).</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/set_up.py" line="33" />
            <source>Your first break comes after {minutes} minutes of sitting, inside your work hours.</source>
            <extracomment>Last page of the self-check, outside work hours. {minutes}: the sitting interval in minutes.</extracomment>
            <translation>Tu primera pausa llegará tras {minutes} minutos sin levantarte, dentro de tu horario de trabajo.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/set_up.py" line="38" />
            <source>Your first break comes at {at} (in about {left} min), after {minutes} minutes of sitting; time away from the keyboard counts as a break.</source>
            <extracomment>Last page of the self-check. {at}: the time of day ("10:30"); {left}: minutes from now; {minutes}: the sitting interval.</extracomment>
            <translation>Tu primera pausa llegará a las {at} (dentro de unos {left} min), tras {minutes} minutos sin levantarte; el tiempo lejos del teclado cuenta como pausa.</translation>
        </message>
        <message>
            <source>Set &amp;up coaching…</source>
            <extracomment>The tray menu's entry that opens the self-check while coaching is not set up; "&amp;" marks the shortcut letter.</extracomment>
            <translation type="vanished">&amp;Configurar el coaching…</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="15" />
            <source>Sitting {minutes} min</source>
            <extracomment>Status line (tray menu, tooltip): how long the user has sat. {minutes}: a number of minutes.</extracomment>
            <translation>Tiempo sentado: {minutes} min</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="17" />
            <source>Sitting {minutes} min · next break in {next} min</source>
            <extracomment>Status line. {minutes}: minutes sat; {next}: minutes until the next break.</extracomment>
            <translation>Tiempo sentado: {minutes} min · próxima pausa en {next} min</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="19" />
            <source>Sitting {minutes} min · time for a break</source>
            <extracomment>Status line while a break is due. {minutes}: minutes sat.</extracomment>
            <translation>Tiempo sentado: {minutes} min · es hora de una pausa</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="21" />
            <source>On a break</source>
            <extracomment>Status line while the break window is open.</extracomment>
            <translation>En pausa</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="23" />
            <source>Away from the desk</source>
            <extracomment>Status line while the user is away from the computer.</extracomment>
            <translation>Lejos del escritorio</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="25" />
            <source>activity cannot be sensed on this desktop</source>
            <extracomment>Part of the status line: this desktop does not tell when the user types or moves the mouse.</extracomment>
            <translation>no se puede detectar la actividad en este escritorio</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="28" />
            <source>not saving: {problem}</source>
            <extracomment>Part of the status line: the history cannot be written. {problem}: why, e.g. "the disk that holds your history is full".</extracomment>
            <translation>no se guarda: {problem}</translation>
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
            <translation>pospuesto hasta {at}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="34" />
            <source>reminder closed, back at {at}</source>
            <extracomment>Part of the status line: the user closed the reminder. {at}: when it comes back, e.g. "10:30".</extracomment>
            <translation>recordatorio cerrado, vuelve a las {at}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="36" />
            <source>break ended early, back at {at}</source>
            <extracomment>Part of the status line: the user left the break window early. {at}: when the break comes back.</extracomment>
            <translation>pausa terminada antes de tiempo, vuelve a las {at}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="38" />
            <source>break put off until {at}</source>
            <extracomment>Part of the status line: the break comes later. {at}: when, e.g. "10:30".</extracomment>
            <translation>pausa aplazada hasta {at}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="41" />
            <source>break left by the emergency way out, back at {at}</source>
            <extracomment>Part of the status line: a strict-mode break was left by the emergency way out and comes back. {at}: when, e.g. "10:30".</extracomment>
            <translation>pausa abandonada por la salida de emergencia, vuelve a las {at}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="43" />
            <source>strict mode: the break starts in a few seconds</source>
            <extracomment>Part of the status line: strict mode is on and the due break starts by itself in a few seconds.</extracomment>
            <translation>modo estricto: la pausa empieza en unos segundos</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="45" />
            <source>the reminder could not be shown (no notification service or system tray)</source>
            <extracomment>Part of the status line: the reminder could not be shown anywhere.</extracomment>
            <translation>no se pudo mostrar el recordatorio (no hay servicio de notificaciones ni bandeja del sistema)</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="49" />
            <source>reminder shown, answer it from the tray menu</source>
            <extracomment>Part of the status line: the reminder has no buttons; the tray menu answers it.</extracomment>
            <translation>recordatorio mostrado, respóndelo desde el menú de la bandeja</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="51" />
            <source>reminder on screen, waiting for your answer</source>
            <extracomment>Part of the status line: the reminder is on screen with its buttons.</extracomment>
            <translation>recordatorio en pantalla, esperando tu respuesta</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="53" />
            <source>paused until {at}</source>
            <extracomment>Part of the status line: the user paused the coach. {at}: until when, e.g. "tomorrow 09:00".</extracomment>
            <translation>en pausa hasta {at}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="55" />
            <source>outside work hours</source>
            <extracomment>Part of the status line: no reminders outside the user's work hours.</extracomment>
            <translation>fuera del horario de trabajo</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="57" />
            <source>outside work hours until {at}</source>
            <extracomment>Part of the status line. {at}: when the work hours begin, e.g. "Mon 09:00".</extracomment>
            <translation>fuera del horario de trabajo hasta {at}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="60" />
            <source>break waits: {reasons}</source>
            <extracomment>Part of the status line: the break waits. {reasons}: e.g. "the camera is in use and do not disturb is on".</extracomment>
            <translation>la pausa espera: {reasons}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="62" />
            <source>break waits for a pause in your typing</source>
            <extracomment>Part of the status line: the break waits until the user stops typing.</extracomment>
            <translation>la pausa espera a que dejes de escribir</translation>
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
            <translation>mañana a las {time}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="68" />
            <source>{weekday} {time}</source>
            <extracomment>A time of day later this week: a short weekday name and the time, "Mon 09:00".</extracomment>
            <translation>{weekday} a las {time}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="74" />
            <source>a fullscreen window is active</source>
            <extracomment>Why a break waits: a film, a presentation or a game fills the screen.</extracomment>
            <translation>hay una ventana a pantalla completa</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="76" />
            <source>the camera is in use</source>
            <extracomment>Why a break waits: most likely a video call.</extracomment>
            <translation>la cámara está en uso</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="78" />
            <source>the microphone is in use</source>
            <extracomment>Why a break waits: a call or a recording.</extracomment>
            <translation>el micrófono está en uso</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/status.py" line="80" />
            <source>do not disturb is on</source>
            <extracomment>Why a break waits: the desktop's own do-not-disturb switch is on.</extracomment>
            <translation>«No molestar» está activado</translation>
        </message>
    </context>
    <context>
        <name>Week</name>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/week.py" line="15" />
            <source>You broke up sitting %n time(s); longest bout {minutes} min on {weekday}.</source>
            <extracomment>The week's summary, first sentence. %n: breaks taken; {minutes}: the longest time sat without a break; {weekday}: the day it happened, e.g. "Tuesday".</extracomment>
            <translation>
                <numerusform>Interrumpiste el tiempo sentado %n vez; el tramo más largo: {minutes} min el {weekday}.</numerusform>
                <numerusform>Interrumpiste el tiempo sentado %n veces; el tramo más largo: {minutes} min el {weekday}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/week.py" line="19" />
            <source>You broke up sitting %n time(s); no sitting recorded.</source>
            <extracomment>The week's summary, first sentence, in a week without any sitting. %n: breaks taken.</extracomment>
            <translation>
                <numerusform>Interrumpiste el tiempo sentado %n vez; no hay tiempo sentado registrado.</numerusform>
                <numerusform>Interrumpiste el tiempo sentado %n veces; no hay tiempo sentado registrado.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/week.py" line="24" />
            <source>Sitting in all: {sitting}; {routines} completed; {put_off}.</source>
            <extracomment>The week's summary, second sentence. {sitting}: e.g. "22 h 10 min"; {routines}: e.g. "2 routines"; {put_off}: e.g. "2 breaks ended early, 1 snoozed" or "no break put off or cut short".</extracomment>
            <translation>Tiempo sentado en total: {sitting}; completaste {routines}; {put_off}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/week.py" line="30" />
            <source>%n routine(s)</source>
            <extracomment>Inside the week's summary: "2 routines (completed)".</extracomment>
            <translation>
                <numerusform>%n rutina</numerusform>
                <numerusform>%n rutinas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/week.py" line="32" />
            <source>no break put off or cut short</source>
            <extracomment>Inside the week's summary, when every break went as planned.</extracomment>
            <translation>ninguna pausa aplazada ni acortada</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/week.py" line="34" />
            <source>%n break(s) ended early</source>
            <extracomment>The first of the breaks put off, with the noun: "2 breaks ended early".</extracomment>
            <translation>
                <numerusform>%n pausa terminada antes de tiempo</numerusform>
                <numerusform>%n pausas terminadas antes de tiempo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/week.py" line="36" />
            <source>%n ended early</source>
            <extracomment>A later one of the breaks put off, after another count: "…, 2 ended early".</extracomment>
            <translation>
                <numerusform>%n terminada antes de tiempo</numerusform>
                <numerusform>%n terminadas antes de tiempo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/week.py" line="38" />
            <source>%n break(s) snoozed</source>
            <extracomment>The first of the breaks put off, with the noun: "1 break snoozed".</extracomment>
            <translation>
                <numerusform>%n pausa pospuesta</numerusform>
                <numerusform>%n pausas pospuestas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/week.py" line="40" />
            <source>%n snoozed</source>
            <extracomment>A later one of the breaks put off, after another count: "…, 1 snoozed".</extracomment>
            <translation>
                <numerusform>%n pospuesta</numerusform>
                <numerusform>%n pospuestas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/week.py" line="42" />
            <source>%n break(s) closed unanswered</source>
            <extracomment>The first of the breaks put off, with the noun: reminders closed without an answer.</extracomment>
            <translation>
                <numerusform>%n pausa cerrada sin respuesta</numerusform>
                <numerusform>%n pausas cerradas sin respuesta</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/week.py" line="44" />
            <source>%n closed unanswered</source>
            <extracomment>A later one of the breaks put off, after another count: reminders closed without an answer.</extracomment>
            <translation>
                <numerusform>%n cerrada sin respuesta</numerusform>
                <numerusform>%n cerradas sin respuesta</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/week.py" line="46" />
            <source>%n break(s) skipped</source>
            <extracomment>The first of the breaks put off, with the noun: "1 break skipped".</extracomment>
            <translation>
                <numerusform>%n pausa omitida</numerusform>
                <numerusform>%n pausas omitidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/week.py" line="48" />
            <source>%n skipped</source>
            <extracomment>A later one of the breaks put off, after another count: "…, 1 skipped".</extracomment>
            <translation>
                <numerusform>%n omitida</numerusform>
                <numerusform>%n omitidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/week.py" line="50" />
            <source>%n break(s) held back in quiet time</source>
            <extracomment>The first of the breaks put off, with the noun: delayed while a call or a film was on.</extracomment>
            <translation>
                <numerusform>%n pausa retenida en un momento de calma</numerusform>
                <numerusform>%n pausas retenidas en momentos de calma</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/week.py" line="52" />
            <source>%n held back in quiet time</source>
            <extracomment>A later one of the breaks put off, after another count.</extracomment>
            <translation>
                <numerusform>%n retenida en un momento de calma</numerusform>
                <numerusform>%n retenidas en momentos de calma</numerusform>
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
            <translation>Ejercicio: {worked}; {pull}, {push}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/week.py" line="61" />
            <source>Exercise: none yet; {pull}, {push}.</source>
            <extracomment>The week's summary, third sentence, before any exercise. {pull}, {push}: e.g. "0 pull sets".</extracomment>
            <translation>Ejercicio: ninguno todavía; {pull}, {push}.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/week.py" line="63" />
            <source>{target} {minutes} min</source>
            <extracomment>Minutes of exercise for one body area this week: "chest 12 min".</extracomment>
            <translation>{target} {minutes} min</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/week.py" line="66" />
            <source>{target} {minutes} min, goal {goal}</source>
            <extracomment>Minutes of exercise for one body area this week, and the weekly goal in minutes: "chest 12 min, goal 20".</extracomment>
            <translation>{target} {minutes} min, objetivo {goal}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/week.py" line="68" />
            <source>%n pull set(s)</source>
            <extracomment>Sets of pulling exercises (rows, band pull-aparts) done this week.</extracomment>
            <translation>
                <numerusform>%n serie de tracción</numerusform>
                <numerusform>%n series de tracción</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/sentences/week.py" line="70" />
            <source>%n push set(s)</source>
            <extracomment>Sets of pushing exercises (push-ups) done this week.</extracomment>
            <translation>
                <numerusform>%n serie de empuje</numerusform>
                <numerusform>%n series de empuje</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/week.py" line="73" />
            <source>{sets} pull sets</source>
            <extracomment>Sets of pulling exercises done this week when some were done in part: {sets} is a figure with one decimal, "4.5".</extracomment>
            <translation>{sets} series de tracción</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/week.py" line="76" />
            <source>{sets} push sets</source>
            <extracomment>Sets of pushing exercises done this week when some were done in part: {sets} is a figure with one decimal, "4.5".</extracomment>
            <translation>{sets} series de empuje</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/week.py" line="82" />
            <source>hip flexors</source>
            <extracomment>A body area inside the week's summary: "hip flexors 12 min".</extracomment>
            <translation>flexores de la cadera</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/week.py" line="84" />
            <source>chest</source>
            <extracomment>A body area inside the week's summary: "chest 12 min".</extracomment>
            <translation>pecho</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/week.py" line="86" />
            <source>glutes</source>
            <extracomment>A body area inside the week's summary: "glutes 12 min".</extracomment>
            <translation>glúteos</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/week.py" line="88" />
            <source>upper back</source>
            <extracomment>A body area inside the week's summary: "upper back 12 min".</extracomment>
            <translation>parte alta de la espalda</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/week.py" line="90" />
            <source>thoracic</source>
            <extracomment>A body area inside the week's summary: the middle of the spine, "thoracic 12 min".</extracomment>
            <translation>columna torácica</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/week.py" line="92" />
            <source>hamstrings</source>
            <extracomment>A body area inside the week's summary: the back of the thighs.</extracomment>
            <translation>isquiotibiales</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/week.py" line="94" />
            <source>neck</source>
            <extracomment>A body area inside the week's summary: "neck 12 min".</extracomment>
            <translation>cuello</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/week.py" line="96" />
            <source>walk</source>
            <extracomment>Walking breaks inside the week's summary: "walk 12 min".</extracomment>
            <translation>caminar</translation>
        </message>
    </context>
    <context>
        <name>Weeks</name>
        <message>
            <location filename="../../desk_coach/wording/sentences/weeks.py" line="13" />
            <source>{text} is not an ISO week like 2026-W48</source>
            <extracomment>A week given on the command line ("desk-coach stats --week"); {text} is what was typed, quoted; 2026-W48 is how a week is written, keep its form.</extracomment>
            <translation>{text} no es una semana ISO como 2026-W48</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/weeks.py" line="15" />
            <source>{text} is outside the years Desk Coach counts in ({first}-{last})</source>
            <extracomment>{text} is the week typed, {first} and {last} are years.</extracomment>
            <translation>{text} está fuera de los años que cuenta Desk Coach ({first}-{last})</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/sentences/weeks.py" line="19" />
            <source>{text} is not a week of {year}</source>
            <extracomment>{text} is the week typed, {year} its year (a year without that week number).</extracomment>
            <translation>{text} no es una semana de {year}</translation>
        </message>
    </context>
    <context>
        <name>YourData</name>
        <message>
            <location filename="../../desk_coach/wording/sentences/your_data.py" line="12" />
            <source>Desk Coach is running; quit it first, then delete your data.</source>
            <extracomment>Deleting all data is refused because Desk Coach is running (it would write its history again).</extracomment>
            <translation>Desk Coach se está ejecutando; ciérralo primero y después borra tus datos.</translation>
        </message>
    </context>
    <context>
        <name>WeekTable</name>
        <message>
            <location filename="../../desk_coach/wording/week_stats_words.py" line="109" />
            <source>Breaks: Taken = a break run to its end; Ended early = a break left before its end;</source>
            <extracomment>Legend under the week's table, line 1 of 4; the capitalised words are the column names.</extracomment>
            <translation>Pausas: Hechas = una pausa completada; Acortadas = una pausa dejada antes de su final;</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_stats_words.py" line="113" />
            <source>Natural = you got up by yourself; Snoozed and Skipped = reminders put off or declined;</source>
            <extracomment>Legend under the week's table, line 2 of 4.</extracomment>
            <translation>Naturales = te levantaste por tu cuenta; Pospuestas y Omitidas = recordatorios aplazados o rechazados;</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_stats_words.py" line="118" />
            <source>Closed = reminders closed without an answer; Held back = delayed by quiet time.</source>
            <extracomment>Legend under the week's table, line 3 of 4.</extracomment>
            <translation>Cerradas = recordatorios cerrados sin respuesta; Retenidas = retrasadas por un momento de calma.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_stats_words.py" line="122" />
            <source>Routines = routines completed; Exercise = minutes of guided exercise.</source>
            <extracomment>Legend under the week's table, line 4 of 4.</extracomment>
            <translation>Rutinas = rutinas completadas; Ejercicio = minutos de ejercicio guiado.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_stats_words.py" line="41" />
            <source>Week</source>
            <extracomment>The last row of the week's table: the whole week's figures.</extracomment>
            <translation>Semana</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_stats_words.py" line="79" />
            <source>Day</source>
            <extracomment>Column of the week's table (`desk-coach stats`): the day.</extracomment>
            <translation>Día</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_stats_words.py" line="81" />
            <source>Sitting</source>
            <extracomment>Column of the week's table: minutes sat that day.</extracomment>
            <translation>Sentado</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_stats_words.py" line="83" />
            <source>Longest bout</source>
            <extracomment>Column of the week's table: the longest time sat without a break.</extracomment>
            <translation>Tramo más largo</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_stats_words.py" line="85" />
            <source>Taken</source>
            <extracomment>Column of the week's table: breaks run to their end (see the legend).</extracomment>
            <translation>Hechas</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_stats_words.py" line="87" />
            <source>Ended early</source>
            <extracomment>Column of the week's table: breaks left before their end.</extracomment>
            <translation>Acortadas</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_stats_words.py" line="89" />
            <source>Natural</source>
            <extracomment>Column of the week's table: breaks the user took by getting up without a reminder.</extracomment>
            <translation>Naturales</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_stats_words.py" line="91" />
            <source>Snoozed</source>
            <extracomment>Column of the week's table: reminders snoozed.</extracomment>
            <translation>Pospuestas</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_stats_words.py" line="93" />
            <source>Closed</source>
            <extracomment>Column of the week's table: reminders closed without an answer.</extracomment>
            <translation>Cerradas</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_stats_words.py" line="95" />
            <source>Skipped</source>
            <extracomment>Column of the week's table: reminders skipped.</extracomment>
            <translation>Omitidas</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_stats_words.py" line="97" />
            <source>Held back</source>
            <extracomment>Column of the week's table: breaks delayed by quiet time (a call, a film).</extracomment>
            <translation>Retenidas</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_stats_words.py" line="99" />
            <source>Routines</source>
            <extracomment>Column of the week's table: routines completed.</extracomment>
            <translation>Rutinas</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_stats_words.py" line="101" />
            <source>Exercise</source>
            <extracomment>Column of the week's table: minutes of guided exercise.</extracomment>
            <translation>Ejercicio</translation>
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
            <translation>Semana {span}, con cada pausa planificada hecha por completo:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/week_words.py" line="232" />
            <source>{name}: %n time(s) this week (goal: at least {goal}).</source>
            <extracomment>As above, %n times this week.</extracomment>
            <translation>
                <numerusform>{name}: %n vez esta semana (objetivo: al menos {goal}).</numerusform>
                <numerusform>{name}: %n veces esta semana (objetivo: al menos {goal}).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="44" />
            <source>nothing</source>
            <extracomment>A day's routine in the week's programme without any move.</extracomment>
            <translation>nada</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="70" />
            <source>This week against the weekly rules:</source>
            <extracomment>The heading of the week's figures, set against the coaching's weekly rules.</extracomment>
            <translation>Esta semana frente a las reglas semanales:</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="96" />
            <source>{day} (done):</source>
            <extracomment>A day of the week's programme that is over; {day}: "Mon 23 Nov".</extracomment>
            <translation>{day} (hecho):</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="108" />
            <source>Daily routine: {moves}.</source>
            <extracomment>A day's longer routine in the week's programme; {moves}: its moves and doses.</extracomment>
            <translation>Rutina diaria: {moves}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/week_words.py" line="116" />
            <source>%n micro-break(s): {summary}.</source>
            <extracomment>A day's short breaks in the week's programme; {summary}: their moves ("Chin tuck x3").</extracomment>
            <translation>
                <numerusform>%n micropausa: {summary}.</numerusform>
                <numerusform>%n micropausas: {summary}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="202" />
            <source>Pull sets {pull}, push sets {push}: pulls are at least {ratio} times the pushes.</source>
            <extracomment>The week's pulling sets against its pushing sets, and the ratio the coaching asks for.</extracomment>
            <translation>Series de tracción {pull}, series de empuje {push}: la tracción es al menos {ratio} veces el empuje.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="208" />
            <source>Pull sets {pull}, push sets {push}: pulls are fewer than {ratio} times the pushes.</source>
            <extracomment>As above, when the pulls fall short of the ratio.</extracomment>
            <translation>Series de tracción {pull}, series de empuje {push}: la tracción es menos de {ratio} veces el empuje.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="224" />
            <source>{name}: not at all this week (goal: at least {goal}).</source>
            <extracomment>How often the week has the weekly pushing move ({name}), against its {goal} of sessions.</extracomment>
            <translation>{name}: ninguna vez esta semana (objetivo: al menos {goal}).</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="227" />
            <source>{name}: once this week (goal: at least {goal}).</source>
            <extracomment>As above, once this week.</extracomment>
            <translation>{name}: una vez esta semana (objetivo: al menos {goal}).</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="230" />
            <source>{name}: twice this week (goal: at least {goal}).</source>
            <extracomment>As above, twice this week.</extracomment>
            <translation>{name}: dos veces esta semana (objetivo: al menos {goal}).</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="74" />
            <source>Exercises are on hold, so every break is a walk and no weekly goal applies.</source>
            <extracomment>The week's figures while exercise is on hold after the health questions.</extracomment>
            <translation>Los ejercicios están en pausa, así que cada pausa es un paseo y no se aplica ningún objetivo semanal.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="79" />
            <source>Coaching is not set up yet, so every break is a walk and no weekly goal applies.</source>
            <extracomment>The week's figures before the self-check.</extracomment>
            <translation>El coaching aún no está configurado, así que cada pausa es un paseo y no se aplica ningún objetivo semanal.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="99" />
            <source>{day} (today):</source>
            <extracomment>Today in the week's programme; {day}: "Wed 25 Nov".</extracomment>
            <translation>{day} (hoy):</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="102" />
            <source>{day} (planned):</source>
            <extracomment>A day of the week's programme still to come; {day}: "Thu 26 Nov".</extracomment>
            <translation>{day} (planificado):</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="112" />
            <source>Note: {note}</source>
            <extracomment>Under a day's routine: why it is as it is ({note}: one or more sentences).</extracomment>
            <translation>Nota: {note}</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="136" />
            <source>{target} stretching: {got} min a side ({routines} in daily routines), goal {goal} min: reached.</source>
            <extracomment>The week's stretching of a tight body area ({target}: "Hip flexors"), in minutes a side: {got} in all, {routines} of them in the daily routines, against the {goal}.</extracomment>
            <translation>{target} – estiramiento: {got} min por lado ({routines} en las rutinas diarias), objetivo {goal} min: alcanzado.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="143" />
            <source>{target} stretching: {got} min a side ({routines} in daily routines), goal {goal} min: short.</source>
            <extracomment>As "... goal {goal} min: reached.", when the week's stretching falls short of its goal.</extracomment>
            <translation>{target} – estiramiento: {got} min por lado ({routines} en las rutinas diarias), objetivo {goal} min: no alcanzado.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="168" />
            <source>{target} stretching: {minutes} min a side.</source>
            <extracomment>The week's stretching of a body area that is not tight ({target}: "Chest"), in minutes a side.</extracomment>
            <translation>{target} – estiramiento: {minutes} min por lado.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/week_words.py" line="180" />
            <source>{target} strength work: %n day(s) in daily routines.</source>
            <extracomment>Days of a body area's strength work ({target}: "Glutes") in the week's routines.</extracomment>
            <translation>
                <numerusform>{target} – fuerza: %n día en las rutinas diarias.</numerusform>
                <numerusform>{target} – fuerza: %n días en las rutinas diarias.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="159" />
            <source>No target needs daily stretching; stretches keep things up a few times a week.</source>
            <translation>Ninguna zona necesita estiramientos diarios; unos pocos estiramientos por semana te mantienen en movimiento.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/week_words.py" line="185" />
            <source>{target} strength work: %n day(s) in daily routines, goal {goal}: reached.</source>
            <extracomment>As above, with the week's goal in days ({goal}), reached.</extracomment>
            <translation>
                <numerusform>{target} – fuerza: %n día en las rutinas diarias, objetivo {goal}: alcanzado.</numerusform>
                <numerusform>{target} – fuerza: %n días en las rutinas diarias, objetivo {goal}: alcanzado.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/week_words.py" line="193" />
            <source>{target} strength work: %n day(s) in daily routines, goal {goal}: short.</source>
            <extracomment>As above, with the week's goal in days ({goal}), not reached.</extracomment>
            <translation>
                <numerusform>{target} – fuerza: %n día en las rutinas diarias, objetivo {goal}: no alcanzado.</numerusform>
                <numerusform>{target} – fuerza: %n días en las rutinas diarias, objetivo {goal}: no alcanzado.</numerusform>
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
            <translation>{day}: sin horario de trabajo, sin pausas.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="121" />
            <source>No breaks taken.</source>
            <extracomment>A day that is over, without any break done.</extracomment>
            <translation>No se hizo ninguna pausa.</translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/week_words.py" line="124" />
            <source>No breaks left.</source>
            <extracomment>Today, when no break is left.</extracomment>
            <translation>No quedan más pausas.</translation>
        </message>
    </context>
    <context>
        <name>SnoozeButton</name>
        <message>
            <source>&amp;Snooze</source>
            <extracomment>A Snooze button in a window, before the lengths are known.</extracomment>
            <translation type="vanished">&amp;Posponer</translation>
        </message>
        <message>
            <source>Press Down for other lengths.</source>
            <extracomment>What a screen reader adds about the Snooze button: how to reach the other lengths.</extracomment>
            <translation type="vanished">Pulsa la flecha abajo para elegir otra duración.</translation>
        </message>
        <message>
            <source>&amp;Snooze {minutes} min</source>
            <extracomment>A Snooze button in a window: puts the break off for the usual length; {minutes}: e.g. "5". Its arrow opens the other lengths.</extracomment>
            <translation type="vanished">&amp;Posponer {minutes} min</translation>
        </message>
    </context>
</TS>
