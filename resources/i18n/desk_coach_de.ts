<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Durations</name>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="61" />
            <source>about {minutes} min</source>
            <extracomment>How long something takes, rounded to minutes.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="82" />
            <source>{minutes} min</source>
            <extracomment>A measured number of minutes, "52 min".</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="97" />
            <source>{hours} h {minutes} min</source>
            <extracomment>Hours and minutes of sitting, "22 h 10 min".</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="59" />
            <source>{seconds} s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Weekdays</name>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="115" />
            <source>Mon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="116" />
            <source>Tue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="117" />
            <source>Wed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="118" />
            <source>Thu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="119" />
            <source>Fri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="120" />
            <source>Sat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="121" />
            <source>Sun</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Months</name>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="128" />
            <source>Jan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="129" />
            <source>Feb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="130" />
            <source>Mar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="131" />
            <source>Apr</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="133" />
            <source>May</source>
            <comment>short</comment>
            <extracomment>The month of May, short (as "Jan", "Feb").</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="134" />
            <source>Jun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="135" />
            <source>Jul</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="136" />
            <source>Aug</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="137" />
            <source>Sep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="138" />
            <source>Oct</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="139" />
            <source>Nov</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="140" />
            <source>Dec</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="147" />
            <source>{weekday} {day} {month}</source>
            <extracomment>A day in short: weekday, day of the month, month: "Mon 23 Nov".</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="155" />
            <source>{first} to {last} {year}</source>
            <extracomment>A week's days, first to last, and the year: "Mon 23 Nov to Sun 29 Nov 2026".</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Doses</name>
        <message numerus="yes">
            <location filename="../../desk_coach/wording/figures.py" line="39" />
            <source>%n set(s) of {reps}</source>
            <extracomment>A strength dose: sets of repetitions, "3 sets of 12".</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="52" />
            <source>{dose} each side</source>
            <extracomment>A dose done on the left and on the right: "3 sets of 12 each side".</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="42" />
            <source>{seconds} s hold</source>
            <extracomment>One held stretch, in seconds: "30 s hold".</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_coach/wording/figures.py" line="45" />
            <source>{holds} {times} {seconds} s</source>
            <extracomment>Several holds: two holds of 30 seconds, with the times sign between.</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Lists</name>
        <message>
            <location filename="../../desk_coach/wording/say.py" line="115" />
            <source>{first}, {next}</source>
            <extracomment>Joins the items of a list before the last one: "hips, shoulders".</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desk_coach/wording/say.py" line="120" />
            <source>{first} and {last}</source>
            <extracomment>Joins the last item of a list: "hips, shoulders and back".</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
