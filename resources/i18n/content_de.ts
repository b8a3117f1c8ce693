<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>library</name>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Standing split-stance hip-flexor stretch</source>
            <comment>exercise[HF1].name</comment>
            <translation>Stehende Hüftbeuger-Dehnung in Schrittstellung</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Half-kneeling hip-flexor stretch</source>
            <comment>exercise[HF2].name</comment>
            <translation>Kniende Hüftbeuger-Dehnung</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Free-standing hip-flexor stretch</source>
            <comment>exercise[HF3].name</comment>
            <translation>Freistehende Hüftbeuger-Dehnung</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>One-arm doorway chest stretch</source>
            <comment>exercise[CH1].name</comment>
            <translation>Einarmige Brustdehnung im Türrahmen</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Seated chest opener</source>
            <comment>exercise[CH2].name</comment>
            <translation>Brustöffner im Sitzen</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Towel-roll chest opener</source>
            <comment>exercise[CH3].name</comment>
            <translation>Brustöffner auf der Handtuchrolle</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Seated glute squeeze</source>
            <comment>exercise[GL1].name</comment>
            <translation>Gesäß anspannen im Sitzen</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Glute bridge</source>
            <comment>exercise[GL2].name</comment>
            <translation>Beckenheben</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Single-leg bridge</source>
            <comment>exercise[GL3].name</comment>
            <translation>Einbeiniges Beckenheben</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Clamshell</source>
            <comment>exercise[GL4].name</comment>
            <translation>Muschel (Clamshell)</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Side-lying hip abduction</source>
            <comment>exercise[GL5].name</comment>
            <translation>Seitliches Beinheben im Liegen</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Chair sit-to-stand</source>
            <comment>exercise[GL6].name</comment>
            <translation>Aufstehen vom Stuhl</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Shoulder-blade squeeze</source>
            <comment>exercise[UB1].name</comment>
            <translation>Schulterblätter zusammenziehen</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Band row or pull-apart</source>
            <comment>exercise[UB2].name</comment>
            <translation>Rudern oder Auseinanderziehen mit dem Band</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Wall slide</source>
            <comment>exercise[UB3].name</comment>
            <translation>Armgleiten an der Wand</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Face-down Y-T-W</source>
            <comment>exercise[UB4].name</comment>
            <translation>Y-T-W in Bauchlage</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Side-lying external rotation</source>
            <comment>exercise[UB5].name</comment>
            <translation>Außenrotation in Seitenlage</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Wall push-up plus</source>
            <comment>exercise[UB6].name</comment>
            <translation>Wand-Liegestütz plus</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Seated upper-back extension</source>
            <comment>exercise[TM1].name</comment>
            <translation>Oberen Rücken strecken im Sitzen</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Open book</source>
            <comment>exercise[TM2].name</comment>
            <translation>Offenes Buch</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Seated hamstring stretch</source>
            <comment>exercise[HS1].name</comment>
            <translation>Dehnung der Oberschenkelrückseite im Sitzen</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Heel-on-chair hamstring stretch</source>
            <comment>exercise[HS2].name</comment>
            <translation>Dehnung der Oberschenkelrückseite mit der Ferse auf dem Stuhl</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Standing hamstring stretch</source>
            <comment>exercise[HS3].name</comment>
            <translation>Dehnung der Oberschenkelrückseite im Stehen</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Chin tuck</source>
            <comment>exercise[NK1].name</comment>
            <translation>Kinn zurückziehen</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Upper-trapezius stretch</source>
            <comment>exercise[NK2].name</comment>
            <translation>Seitliche Nackendehnung</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Chin-tuck head lift</source>
            <comment>exercise[NK3].name</comment>
            <translation>Kopfheben mit zurückgezogenem Kinn</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Walk break</source>
            <comment>exercise[MV1].name</comment>
            <translation>Gehpause</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Rest one hand on your desk and take a long step back, both feet pointing forward.</source>
            <comment>exercise[HF1].steps[0]</comment>
            <translation>Stütz eine Hand auf den Schreibtisch und mach einen großen Schritt nach hinten. Beide Fußspitzen zeigen nach vorn.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Tuck your tailbone under and squeeze the buttock of the back leg.</source>
            <comment>exercise[HF1].steps[1]</comment>
            <translation>Richte das Becken auf, das Steißbein zeigt nach unten, und spann den Gesäßmuskel des hinteren Beins an.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Ease your weight forward until the front of the back hip feels a mild stretch; hold and breathe normally.</source>
            <comment>exercise[HF1].steps[2]</comment>
            <translation>Verlagere dein Gewicht langsam nach vorn, bis du vorn an der Hüfte des hinteren Beins eine leichte Dehnung spürst. Halte die Position und atme ruhig weiter.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Swap legs after each hold. For a gentler stretch, shorten the step.</source>
            <comment>exercise[HF1].steps[3]</comment>
            <translation>Wechsle nach jedem Halten das Bein. Für eine sanftere Dehnung mach den Schritt kürzer.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Kneel on one knee on a cushion, the other foot flat on the floor in front of you.</source>
            <comment>exercise[HF2].steps[0]</comment>
            <translation>Knie dich mit einem Knie auf ein Kissen. Der andere Fuß steht flach vor dir auf dem Boden.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Tuck your tailbone under and reach the arm on the kneeling side up overhead.</source>
            <comment>exercise[HF2].steps[1]</comment>
            <translation>Richte das Becken auf, das Steißbein zeigt nach unten, und streck den Arm auf der Seite des knienden Beins nach oben über den Kopf.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Ease your hips forward until the front of the back hip feels a gentle stretch; hold, then swap sides.</source>
            <comment>exercise[HF2].steps[2]</comment>
            <translation>Schieb die Hüfte langsam nach vorn, bis du vorn an der Hüfte des hinteren Beins eine sanfte Dehnung spürst. Halte die Position, dann wechsle die Seite.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>For more stretch, lean the raised arm over to the other side, or rest the back foot on a chair seat.</source>
            <comment>exercise[HF2].steps[3]</comment>
            <translation>Für mehr Dehnung neig den erhobenen Arm zur anderen Seite oder leg den hinteren Fuß auf die Sitzfläche eines Stuhls.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stand tall with your hands on your hips and take a long step back, both feet pointing forward.</source>
            <comment>exercise[HF3].steps[0]</comment>
            <translation>Stell dich aufrecht hin, die Hände an den Hüften, und mach einen großen Schritt nach hinten. Beide Fußspitzen zeigen nach vorn.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Tuck your tailbone under and squeeze the buttock of the back leg.</source>
            <comment>exercise[HF3].steps[1]</comment>
            <translation>Richte das Becken auf, das Steißbein zeigt nach unten, und spann den Gesäßmuskel des hinteren Beins an.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Ease your weight forward until the front of the back hip feels a mild stretch; hold and breathe normally.</source>
            <comment>exercise[HF3].steps[2]</comment>
            <translation>Verlagere dein Gewicht langsam nach vorn, bis du vorn an der Hüfte des hinteren Beins eine leichte Dehnung spürst. Halte die Position und atme ruhig weiter.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Swap legs after each hold. If your balance wavers, shorten the step or stand beside a wall.</source>
            <comment>exercise[HF3].steps[3]</comment>
            <translation>Wechsle nach jedem Halten das Bein. Wenn du ins Wackeln kommst, mach den Schritt kürzer oder stell dich neben eine Wand.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stand in a doorway and rest one forearm on the frame, elbow at shoulder height.</source>
            <comment>exercise[CH1].steps[0]</comment>
            <translation>Stell dich in einen Türrahmen und leg einen Unterarm an den Rahmen, den Ellbogen auf Schulterhöhe.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Step through with the leg on the same side until the front of your chest and shoulder feel a gentle stretch.</source>
            <comment>exercise[CH1].steps[1]</comment>
            <translation>Mach mit dem Bein derselben Seite einen Schritt nach vorn, bis du vorn an Brust und Schulter eine sanfte Dehnung spürst.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Hold, breathing easily, then change arms.</source>
            <comment>exercise[CH1].steps[2]</comment>
            <translation>Halte die Position, atme locker weiter und wechsle dann den Arm.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>To shift the stretch, slide the elbow a little higher up the frame.</source>
            <comment>exercise[CH1].steps[3]</comment>
            <translation>Um die Dehnung zu verlagern, schieb den Ellbogen am Rahmen etwas höher.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Sit tall towards the front of your chair and lace your fingers behind your head.</source>
            <comment>exercise[CH2].steps[0]</comment>
            <translation>Setz dich aufrecht auf die vordere Hälfte deines Stuhls und verschränk die Finger hinter dem Kopf.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Draw your elbows and shoulders back until your chest opens; hold and keep breathing.</source>
            <comment>exercise[CH2].steps[1]</comment>
            <translation>Zieh Ellbogen und Schultern nach hinten, bis sich deine Brust öffnet. Halte die Position und atme weiter.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>If hands behind the head feel awkward, let your arms hang by your sides and draw the shoulders back instead.</source>
            <comment>exercise[CH2].steps[2]</comment>
            <translation>Wenn sich die Hände hinter dem Kopf unangenehm anfühlen, lass die Arme seitlich hängen und zieh stattdessen die Schultern nach hinten.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Roll a bath towel lengthwise and lie on it on the floor so it runs along your spine, head supported.</source>
            <comment>exercise[CH3].steps[0]</comment>
            <translation>Roll ein Badetuch der Länge nach auf und leg dich auf dem Boden so darauf, dass es unter deiner Wirbelsäule liegt und auch den Kopf stützt.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Bend your knees with feet flat and let your arms rest out to the sides in a T, palms up.</source>
            <comment>exercise[CH3].steps[1]</comment>
            <translation>Stell die Beine an, die Füße flach auf dem Boden, und leg die Arme in T-Form seitlich ab, die Handflächen nach oben.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stay relaxed and let your chest open. A thinner roll is gentler; bending the arms into a goal-post shape changes the stretch.</source>
            <comment>exercise[CH3].steps[2]</comment>
            <translation>Bleib entspannt und lass die Brust sich öffnen. Eine dünnere Rolle ist sanfter. Wenn du die Arme in U-Form anwinkelst, verändert sich die Dehnung.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Sit tall with both feet flat on the floor.</source>
            <comment>exercise[GL1].steps[0]</comment>
            <translation>Setz dich aufrecht hin, beide Füße flach auf dem Boden.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Squeeze both buttocks firmly and hold for the count.</source>
            <comment>exercise[GL1].steps[1]</comment>
            <translation>Spann beide Gesäßhälften kräftig an und halte die Spannung für die vorgegebene Zeit.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Let go completely, breathe, and squeeze again.</source>
            <comment>exercise[GL1].steps[2]</comment>
            <translation>Lass ganz locker, atme und spann wieder an.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lie on your back on a mat, knees bent, feet flat and hip-width apart.</source>
            <comment>exercise[GL2].steps[0]</comment>
            <translation>Leg dich auf einer Matte auf den Rücken, die Knie gebeugt, die Füße flach und hüftbreit auseinander.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Press through your heels and lift your hips until knees, hips and shoulders form a line.</source>
            <comment>exercise[GL2].steps[1]</comment>
            <translation>Drück die Fersen in den Boden und heb das Becken, bis Knie, Hüfte und Schultern eine Linie bilden.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Pause at the top for two seconds, then lower slowly.</source>
            <comment>exercise[GL2].steps[2]</comment>
            <translation>Halte oben zwei Sekunden, dann senk das Becken langsam ab.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lie on your back with knees bent, then lift one foot off the floor.</source>
            <comment>exercise[GL3].steps[0]</comment>
            <translation>Leg dich mit gebeugten Knien auf den Rücken und heb dann einen Fuß vom Boden ab.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Press through the heel still on the floor and lift your hips, keeping the pelvis level.</source>
            <comment>exercise[GL3].steps[1]</comment>
            <translation>Drück die Ferse, die am Boden bleibt, fest nach unten und heb das Becken. Halte es dabei waagerecht.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lower slowly; finish the set, then switch legs.</source>
            <comment>exercise[GL3].steps[2]</comment>
            <translation>Senk das Becken langsam ab. Beende den Satz, dann wechsle das Bein.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>For more challenge, rest the working heel on a chair seat instead of the floor.</source>
            <comment>exercise[GL3].steps[3]</comment>
            <translation>Schwerer wird es, wenn du die Ferse des arbeitenden Beins auf die Sitzfläche eines Stuhls statt auf den Boden stellst.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lie on your side with hips and knees bent, heels together and in line with your back.</source>
            <comment>exercise[GL4].steps[0]</comment>
            <translation>Leg dich auf die Seite, Hüfte und Knie gebeugt, die Fersen zusammen und in einer Linie mit deinem Rücken.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Keep your feet touching and lift the top knee, stopping before your pelvis rolls back.</source>
            <comment>exercise[GL4].steps[1]</comment>
            <translation>Lass die Füße zusammen und heb das obere Knie. Hör auf, bevor dein Becken nach hinten kippt.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lower with control; finish the set, then turn over.</source>
            <comment>exercise[GL4].steps[2]</comment>
            <translation>Senk das Knie kontrolliert ab. Beende den Satz, dann dreh dich auf die andere Seite.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Start with a small opening; once that feels easy, loop a mini-band just above the knees.</source>
            <comment>exercise[GL4].steps[3]</comment>
            <translation>Öffne die Knie anfangs nur ein wenig. Wenn das leicht geht, leg ein Mini-Band knapp oberhalb der Knie um.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lie on your side with the lower knee bent for balance and the top leg straight.</source>
            <comment>exercise[GL5].steps[0]</comment>
            <translation>Leg dich auf die Seite. Das untere Knie ist für mehr Halt gebeugt, das obere Bein gestreckt.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lift the top leg a little, keeping it slightly behind the line of your body with the toes facing forward.</source>
            <comment>exercise[GL5].steps[1]</comment>
            <translation>Heb das obere Bein ein Stück an. Halte es leicht hinter der Linie deines Körpers, die Zehen zeigen nach vorn.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lower slowly; finish the set, then switch sides.</source>
            <comment>exercise[GL5].steps[2]</comment>
            <translation>Senk das Bein langsam ab. Beende den Satz, dann wechsle die Seite.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Easier: bend the top knee. Harder: add a light ankle weight.</source>
            <comment>exercise[GL5].steps[3]</comment>
            <translation>Leichter: Beug das obere Knie. Schwerer: Leg eine leichte Gewichtsmanschette um den Knöchel.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Sit near the front of a steady chair, feet flat and hip-width apart.</source>
            <comment>exercise[GL6].steps[0]</comment>
            <translation>Setz dich vorn auf einen stabilen Stuhl, die Füße flach und hüftbreit auseinander.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stand up without using your hands.</source>
            <comment>exercise[GL6].steps[1]</comment>
            <translation>Steh auf, ohne die Hände zu benutzen.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Sit back down slowly, taking about three seconds on the way down.</source>
            <comment>exercise[GL6].steps[2]</comment>
            <translation>Setz dich langsam wieder hin und nimm dir dafür etwa drei Sekunden Zeit.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Easier: push lightly off your thighs. Harder: place one foot a little ahead of the other.</source>
            <comment>exercise[GL6].steps[3]</comment>
            <translation>Leichter: Stütz dich leicht auf den Oberschenkeln ab. Schwerer: Stell einen Fuß etwas vor den anderen.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Sit or stand tall with your arms relaxed.</source>
            <comment>exercise[UB1].steps[0]</comment>
            <translation>Sitz oder steh aufrecht, die Arme locker.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Draw your shoulder blades back and down, towards your back pockets, and hold.</source>
            <comment>exercise[UB1].steps[1]</comment>
            <translation>Zieh die Schulterblätter nach hinten unten, Richtung Gesäßtaschen, und halte die Spannung.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Let go fully between squeezes and keep your neck long and loose.</source>
            <comment>exercise[UB1].steps[2]</comment>
            <translation>Lass zwischen den Wiederholungen ganz locker und halte den Nacken lang und entspannt.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Hold a resistance band in front of your chest with straight arms, or anchor it at chest height for a row.</source>
            <comment>exercise[UB2].steps[0]</comment>
            <translation>Halte ein Widerstandsband mit gestreckten Armen vor der Brust. Zum Rudern befestige es stattdessen auf Brusthöhe.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Pull your hands apart, or your elbows back, with your shoulders staying down and away from your ears.</source>
            <comment>exercise[UB2].steps[1]</comment>
            <translation>Zieh die Hände auseinander oder die Ellbogen nach hinten. Die Schultern bleiben unten, weg von den Ohren.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Let the band come back slowly, over about three seconds.</source>
            <comment>exercise[UB2].steps[2]</comment>
            <translation>Lass das Band langsam zurückgehen, über etwa drei Sekunden.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Once a set feels easy, change to a stronger band.</source>
            <comment>exercise[UB2].steps[3]</comment>
            <translation>Wenn sich ein Satz leicht anfühlt, nimm ein stärkeres Band.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stand with your head, back and bottom against a wall, arms bent in a goal-post shape against it.</source>
            <comment>exercise[UB3].steps[0]</comment>
            <translation>Stell dich mit Kopf, Rücken und Gesäß an eine Wand. Die Arme liegen in U-Form angewinkelt an der Wand.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Slide your arms slowly up the wall only as far as they stay in contact.</source>
            <comment>exercise[UB3].steps[1]</comment>
            <translation>Schieb die Arme langsam an der Wand nach oben, nur so weit, wie sie die Wand noch berühren.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Slide them back down under control.</source>
            <comment>exercise[UB3].steps[2]</comment>
            <translation>Führ sie kontrolliert wieder nach unten.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Easier: do it seated with your back to the wall. Harder: stand and slow the movement right down.</source>
            <comment>exercise[UB3].steps[3]</comment>
            <translation>Leichter: Mach die Übung im Sitzen, mit dem Rücken an der Wand. Schwerer: Mach sie im Stehen und ganz langsam.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lie face down on a mat with your forehead on a folded towel and thumbs pointing up.</source>
            <comment>exercise[UB4].steps[0]</comment>
            <translation>Leg dich auf einer Matte auf den Bauch, die Stirn auf einem gefalteten Handtuch, die Daumen zeigen nach oben.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lift both arms a little off the floor in a Y shape and lower them, then do the same in a T and then a W.</source>
            <comment>exercise[UB4].steps[1]</comment>
            <translation>Heb beide Arme in Y-Form ein wenig vom Boden ab und senk sie wieder. Mach dasselbe danach in T-Form und dann in W-Form.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Keep your neck long and your shoulders away from your ears; one Y, T and W make one repetition.</source>
            <comment>exercise[UB4].steps[2]</comment>
            <translation>Halte den Nacken lang und die Schultern weg von den Ohren. Ein Y, ein T und ein W zusammen sind eine Wiederholung.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Start with a small lift; later hold a light weight of 0.5-1 kg in each hand.</source>
            <comment>exercise[UB4].steps[3]</comment>
            <translation>Heb die Arme anfangs nur wenig an. Später kannst du in jeder Hand ein leichtes Gewicht von 0,5–1 kg halten.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lie on your side with a rolled towel between your top elbow and your ribs, elbow bent to a right angle.</source>
            <comment>exercise[UB5].steps[0]</comment>
            <translation>Leg dich auf die Seite, ein gerolltes Handtuch zwischen dem oberen Ellbogen und den Rippen. Der Ellbogen ist im rechten Winkel gebeugt.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Keep the elbow on the towel and turn your forearm up towards the ceiling.</source>
            <comment>exercise[UB5].steps[1]</comment>
            <translation>Lass den Ellbogen auf dem Handtuch und dreh den Unterarm nach oben zur Decke.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lower slowly; finish the set, then switch sides.</source>
            <comment>exercise[UB5].steps[2]</comment>
            <translation>Senk den Arm langsam ab. Beende den Satz, dann wechsle die Seite.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Begin without a weight; later hold a light dumbbell of 0.5-2 kg.</source>
            <comment>exercise[UB5].steps[3]</comment>
            <translation>Fang ohne Gewicht an. Später kannst du eine leichte Kurzhantel von 0,5–2 kg halten.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Place your hands on a wall at shoulder height and step your feet back a little.</source>
            <comment>exercise[UB6].steps[0]</comment>
            <translation>Leg die Hände auf Schulterhöhe an eine Wand und geh mit den Füßen ein kleines Stück zurück.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Bend your elbows to bring your chest towards the wall, then push back.</source>
            <comment>exercise[UB6].steps[1]</comment>
            <translation>Beug die Ellbogen, bis deine Brust zur Wand kommt, dann drück dich zurück.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>At the end, push a little further so your shoulder blades spread apart around your ribs.</source>
            <comment>exercise[UB6].steps[2]</comment>
            <translation>Drück dich am Ende noch ein Stück weiter weg, sodass die Schulterblätter um die Rippen herum auseinandergleiten.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Easier: stand closer to the wall. Harder: use the edge of a sturdy desk instead of the wall.</source>
            <comment>exercise[UB6].steps[3]</comment>
            <translation>Leichter: Stell dich näher an die Wand. Schwerer: Stütz dich statt an der Wand an der Kante eines stabilen Schreibtischs ab.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Sit back in a chair whose backrest reaches your mid-back and rest your hands behind your head.</source>
            <comment>exercise[TM1].steps[0]</comment>
            <translation>Setz dich ganz nach hinten auf einen Stuhl, dessen Lehne bis zur Mitte deines Rückens reicht, und leg die Hände hinter den Kopf.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lean your upper back over the top of the backrest, lifting your chest towards the ceiling.</source>
            <comment>exercise[TM1].steps[1]</comment>
            <translation>Lehn deinen oberen Rücken über die Oberkante der Lehne und heb die Brust Richtung Decke.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Come back upright and repeat, staying in a comfortable range.</source>
            <comment>exercise[TM1].steps[2]</comment>
            <translation>Richte dich wieder auf und wiederhole die Bewegung. Bleib dabei in einem angenehmen Bereich.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Start with a small arc; later place a rolled towel behind your upper back to lean over.</source>
            <comment>exercise[TM1].steps[3]</comment>
            <translation>Beginne mit einer kleinen Bewegung. Später kannst du ein gerolltes Handtuch hinter den oberen Rücken legen und dich darüber lehnen.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lie on your side with knees bent in front of you and both arms straight out ahead, palms together.</source>
            <comment>exercise[TM2].steps[0]</comment>
            <translation>Leg dich auf die Seite, die Knie gebeugt vor dem Körper, beide Arme gestreckt nach vorn, die Handflächen aufeinander.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Sweep the top arm up and over to the other side, letting your chest and eyes follow it.</source>
            <comment>exercise[TM2].steps[1]</comment>
            <translation>Führ den oberen Arm in einem Bogen nach oben und zur anderen Seite. Brust und Blick folgen ihm.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Return slowly; finish the set, then switch sides.</source>
            <comment>exercise[TM2].steps[2]</comment>
            <translation>Komm langsam zurück. Beende den Satz, dann wechsle die Seite.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Start with a small arc; later pause for five seconds at the most open point.</source>
            <comment>exercise[TM2].steps[3]</comment>
            <translation>Beginne mit einem kleinen Bogen. Später kannst du an der offensten Stelle fünf Sekunden halten.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Sit on the front edge of your chair with one leg out straight, heel on the floor and toes up.</source>
            <comment>exercise[HS1].steps[0]</comment>
            <translation>Setz dich auf die vordere Stuhlkante und streck ein Bein aus, die Ferse am Boden, die Zehen nach oben.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Keep your back long and lean forward from the hips until the back of the thigh feels a gentle stretch.</source>
            <comment>exercise[HS1].steps[1]</comment>
            <translation>Halte den Rücken lang und neig dich aus der Hüfte nach vorn, bis du hinten am Oberschenkel eine sanfte Dehnung spürst.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Hold and breathe, then change legs. If the stretch feels strong, soften the knee a little.</source>
            <comment>exercise[HS1].steps[2]</comment>
            <translation>Halte die Position und atme weiter, dann wechsle das Bein. Wenn die Dehnung sehr stark ist, beug das Knie ein wenig.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stand facing a steady chair and rest one heel on the seat with the leg straight.</source>
            <comment>exercise[HS2].steps[0]</comment>
            <translation>Stell dich vor einen stabilen Stuhl und leg eine Ferse auf die Sitzfläche, das Bein gestreckt.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Keep your back flat and tip forward from the hips until the back of the thigh feels a gentle stretch.</source>
            <comment>exercise[HS2].steps[1]</comment>
            <translation>Halte den Rücken gerade und kipp aus der Hüfte nach vorn, bis du hinten am Oberschenkel eine sanfte Dehnung spürst.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Hold, then change legs.</source>
            <comment>exercise[HS2].steps[2]</comment>
            <translation>Halte die Position, dann wechsle das Bein.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>At home, lying on your back with a strap around the foot is a further option.</source>
            <comment>exercise[HS2].steps[3]</comment>
            <translation>Zu Hause kannst du die Dehnung auch in Rückenlage machen, mit einem Gurt um den Fuß.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stand tall and place one heel a small step in front of you, leg straight and toes up; bend the back knee a little.</source>
            <comment>exercise[HS3].steps[0]</comment>
            <translation>Stell dich aufrecht hin und setz eine Ferse einen kleinen Schritt vor dir auf, das Bein gestreckt, die Zehen nach oben. Beug das hintere Knie ein wenig.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Rest your hands on your thighs, keep your back long and tip forward from the hips until the back of the front thigh feels a gentle stretch.</source>
            <comment>exercise[HS3].steps[1]</comment>
            <translation>Stütz die Hände auf die Oberschenkel, halte den Rücken lang und kipp aus der Hüfte nach vorn, bis du hinten am vorderen Oberschenkel eine sanfte Dehnung spürst.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Hold and breathe, then change legs. If the stretch feels strong, soften the front knee.</source>
            <comment>exercise[HS3].steps[2]</comment>
            <translation>Halte die Position und atme weiter, dann wechsle das Bein. Wenn die Dehnung sehr stark ist, beug das vordere Knie leicht.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Sit tall and look straight ahead.</source>
            <comment>exercise[NK1].steps[0]</comment>
            <translation>Setz dich aufrecht hin und schau geradeaus.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Glide your chin straight back, as if making a double chin, without tipping your head down.</source>
            <comment>exercise[NK1].steps[1]</comment>
            <translation>Schieb das Kinn gerade nach hinten, als wolltest du ein Doppelkinn machen, ohne den Kopf nach unten zu neigen.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Hold, then relax forward again.</source>
            <comment>exercise[NK1].steps[2]</comment>
            <translation>Halte kurz, dann lass das Kinn wieder locker nach vorn.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>An easier start: lie on your back and make a small nod instead.</source>
            <comment>exercise[NK1].steps[3]</comment>
            <translation>Leichter zum Einstieg: Leg dich auf den Rücken und nicke stattdessen nur leicht.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Sit tall and tuck one hand under your thigh to keep that shoulder down.</source>
            <comment>exercise[NK2].steps[0]</comment>
            <translation>Setz dich aufrecht hin und schieb eine Hand unter deinen Oberschenkel, damit diese Schulter unten bleibt.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Tip your ear towards the other shoulder until the side of your neck feels a gentle stretch.</source>
            <comment>exercise[NK2].steps[1]</comment>
            <translation>Neig das Ohr zur anderen Schulter, bis du seitlich am Hals eine sanfte Dehnung spürst.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Hold, come back to the middle slowly, then switch sides.</source>
            <comment>exercise[NK2].steps[2]</comment>
            <translation>Halte die Position, komm langsam zur Mitte zurück und wechsle dann die Seite.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>For a little more stretch, rest your free hand lightly on your head without pulling.</source>
            <comment>exercise[NK2].steps[3]</comment>
            <translation>Für etwas mehr Dehnung leg die freie Hand locker auf den Kopf, ohne zu ziehen.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lie on your back on a mat with your knees bent.</source>
            <comment>exercise[NK3].steps[0]</comment>
            <translation>Leg dich auf einer Matte auf den Rücken, die Knie gebeugt.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Tuck your chin gently, then lift your head about two centimetres off the floor.</source>
            <comment>exercise[NK3].steps[1]</comment>
            <translation>Zieh das Kinn sanft zurück und heb dann den Kopf etwa zwei Zentimeter vom Boden ab.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Hold, then lower your head and rest before the next one. As it gets easier, hold a little longer.</source>
            <comment>exercise[NK3].steps[2]</comment>
            <translation>Halte die Position, dann leg den Kopf ab und ruh dich vor der nächsten Wiederholung kurz aus. Wenn es leichter wird, halte etwas länger.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stand up and walk at an easy pace: along the corridor, up a flight of stairs or around the room.</source>
            <comment>exercise[MV1].steps[0]</comment>
            <translation>Steh auf und geh in gemütlichem Tempo: den Flur entlang, eine Treppe hinauf oder durch den Raum.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Keep moving for the whole time, then settle back in.</source>
            <comment>exercise[MV1].steps[1]</comment>
            <translation>Bleib die ganze Zeit in Bewegung, dann geh in Ruhe zurück an deinen Platz.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Skip it if your hip or knee hurts.</source>
            <comment>exercise[HF1].cautions[0]</comment>
            <translation>Lass die Übung aus, wenn dir Hüfte oder Knie wehtun.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>If kneeling bothers your knee, do the standing version (HF1) instead.</source>
            <comment>exercise[HF2].cautions[0]</comment>
            <translation>Wenn das Knien deinem Knie nicht guttut, mach stattdessen die Variante im Stehen (HF1).</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Skip it if your hip or knee hurts.</source>
            <comment>exercise[HF3].cautions[0]</comment>
            <translation>Lass die Übung aus, wenn dir Hüfte oder Knie wehtun.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Leave it out if your shoulder has ever slipped out of place or feels unsteady.</source>
            <comment>exercise[CH1].cautions[0]</comment>
            <translation>Lass die Übung weg, wenn deine Schulter schon einmal ausgekugelt war oder sich instabil anfühlt.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Done lying on your back: in later pregnancy the coach picks another chest stretch.</source>
            <comment>exercise[CH3].cautions[0]</comment>
            <translation>Diese Übung machst du in Rückenlage: In der späteren Schwangerschaft wählt der Coach eine andere Brustdehnung.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Done lying on your back: in later pregnancy the coach picks another glute exercise.</source>
            <comment>exercise[GL2].cautions[0]</comment>
            <translation>Diese Übung machst du in Rückenlage: In der späteren Schwangerschaft wählt der Coach eine andere Gesäßübung.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Done lying on your back: in later pregnancy the coach picks another glute exercise.</source>
            <comment>exercise[GL3].cautions[0]</comment>
            <translation>Diese Übung machst du in Rückenlage: In der späteren Schwangerschaft wählt der Coach eine andere Gesäßübung.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>If your knees complain, use a higher seat.</source>
            <comment>exercise[GL6].cautions[0]</comment>
            <translation>Wenn sich deine Knie melden, nimm eine höhere Sitzfläche.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>If your neck feels worse, switch to a lighter band.</source>
            <comment>exercise[UB2].cautions[0]</comment>
            <translation>Wenn sich dein Nacken schlechter anfühlt, nimm ein leichteres Band.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stop if your shoulder hurts.</source>
            <comment>exercise[UB3].cautions[0]</comment>
            <translation>Hör auf, wenn dir die Schulter wehtut.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>In pregnancy, do it bent forward with your chest supported on a bench rather than lying face down.</source>
            <comment>exercise[UB4].cautions[0]</comment>
            <translation>In der Schwangerschaft mach die Übung vorgebeugt, mit der Brust auf einer Bank abgestützt, statt auf dem Bauch zu liegen.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stop if your shoulder hurts.</source>
            <comment>exercise[UB5].cautions[0]</comment>
            <translation>Hör auf, wenn dir die Schulter wehtut.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Skip it if your wrists hurt.</source>
            <comment>exercise[UB6].cautions[0]</comment>
            <translation>Lass die Übung aus, wenn dir die Handgelenke wehtun.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>With osteoporosis, keep the movement small and gentle.</source>
            <comment>exercise[TM1].cautions[0]</comment>
            <translation>Bei Osteoporose halte die Bewegung klein und sanft.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stop if you feel tingling in your leg.</source>
            <comment>exercise[HS1].cautions[0]</comment>
            <translation>Hör auf, wenn es in deinem Bein kribbelt.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stop if you feel tingling in your leg.</source>
            <comment>exercise[HS2].cautions[0]</comment>
            <translation>Hör auf, wenn es in deinem Bein kribbelt.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stop if you feel tingling in your leg.</source>
            <comment>exercise[HS3].cautions[0]</comment>
            <translation>Hör auf, wenn es in deinem Bein kribbelt.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stop if you feel dizzy or notice anything unusual in your arms.</source>
            <comment>exercise[NK1].cautions[0]</comment>
            <translation>Hör auf, wenn dir schwindelig wird oder du etwas Ungewöhnliches in den Armen bemerkst.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stop if you feel dizzy or notice anything unusual in your arms.</source>
            <comment>exercise[NK2].cautions[0]</comment>
            <translation>Hör auf, wenn dir schwindelig wird oder du etwas Ungewöhnliches in den Armen bemerkst.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Done lying on your back: in later pregnancy the coach keeps to the seated chin tuck.</source>
            <comment>exercise[NK3].cautions[0]</comment>
            <translation>Diese Übung machst du in Rückenlage: In der späteren Schwangerschaft bleibt der Coach beim Kinn-Zurückziehen im Sitzen.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stop if you feel dizzy or notice anything unusual in your arms.</source>
            <comment>exercise[NK3].cautions[1]</comment>
            <translation>Hör auf, wenn dir schwindelig wird oder du etwas Ungewöhnliches in den Armen bemerkst.</translation>
        </message>
    </context>
    <context>
        <name>screen</name>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Desk Coach reminds you to get up from your desk and suggests short stretches and strength moves that may help you feel less stiff. This self-check takes about five minutes: a few questions, then five simple movement checks that help pick your first moves.</source>
            <comment>intro.about</comment>
            <translation>Desk Coach erinnert dich daran, vom Schreibtisch aufzustehen, und schlägt kurze Dehnungen und Kraftübungen vor, die dir helfen können, dich weniger steif zu fühlen. Dieser Selbstcheck dauert etwa fünf Minuten: ein paar Fragen, dann fünf einfache Bewegungschecks, mit denen wir deine ersten Übungen auswählen.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Desk Coach gives general fitness and wellness information. It is not medical advice, and it cannot tell you what causes any pain or treat a health problem. If you have a health condition, are pregnant, or are unsure whether exercise suits you, check with a doctor or physiotherapist first. Stop any movement that causes pain, dizziness, chest discomfort or breathlessness. In an emergency, call your local emergency number.</source>
            <comment>intro.disclaimer</comment>
            <translation>Desk Coach bietet allgemeine Informationen zu Fitness und Wohlbefinden. Das ist keine medizinische Beratung: Desk Coach kann dir nicht sagen, woher Schmerzen kommen, und keine gesundheitlichen Beschwerden behandeln. Wenn du eine Erkrankung hast, schwanger bist oder unsicher bist, ob Bewegung für dich passt, lass dich vorher ärztlich oder physiotherapeutisch beraten. Brich jede Bewegung ab, die Schmerzen, Schwindel, Beschwerden in der Brust oder Atemnot auslöst. Im Notfall ruf deine örtliche Notrufnummer an.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>I understand that Desk Coach is not medical advice</source>
            <comment>intro.acknowledge</comment>
            <translation>Ich verstehe, dass Desk Coach keine medizinische Beratung ist</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>I sit at a desk most of the day</source>
            <comment>lifestyles.desk_worker</comment>
            <translation>Ich sitze fast den ganzen Tag am Schreibtisch</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>I walk a lot</source>
            <comment>lifestyles.walker</comment>
            <translation>Ich gehe viel zu Fuß</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>I run</source>
            <comment>lifestyles.runner</comment>
            <translation>Ich gehe laufen</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>I dance, or I am very flexible</source>
            <comment>lifestyles.dancer</comment>
            <translation>Ich tanze oder bin sehr beweglich</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>I train for a sport</source>
            <comment>lifestyles.athlete</comment>
            <translation>Ich trainiere für eine Sportart</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>How you feel right now</source>
            <comment>groups.emergency.heading</comment>
            <translation>Wie es dir gerade geht</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Your health</source>
            <comment>groups.parq.heading</comment>
            <translation>Deine Gesundheit</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>The last few months</source>
            <comment>groups.prompt.heading</comment>
            <translation>Die letzten Monate</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Pregnancy</source>
            <comment>groups.pregnancy.heading</comment>
            <translation>Schwangerschaft</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Answer for today. A yes here means please get help first.</source>
            <comment>groups.emergency.intro</comment>
            <translation>Antworte für heute. Ein Ja heißt hier: Bitte hol dir zuerst Hilfe.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>These questions come from a standard readiness check for physical activity.</source>
            <comment>groups.parq.intro</comment>
            <translation>Diese Fragen stammen aus einem gängigen Fragebogen, der prüft, ob du bereit für körperliche Aktivität bist.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>A yes pauses some moves until a doctor or physiotherapist has had a look.</source>
            <comment>groups.prompt.intro</comment>
            <translation>Bei einem Ja pausieren einige Übungen, bis du das ärztlich oder physiotherapeutisch hast abklären lassen.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>This lets Desk Coach pick moves that suit you.</source>
            <comment>groups.pregnancy.intro</comment>
            <translation>So kann Desk Coach Übungen auswählen, die zu dir passen.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Do you have chest pain, pressure or tightness right now?</source>
            <comment>red_flag[em_chest_pain].question</comment>
            <translation>Hast du gerade Schmerzen, Druck oder ein Engegefühl in der Brust?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Have you fainted or blacked out in the last few days?</source>
            <comment>red_flag[em_fainting].question</comment>
            <translation>Bist du in den letzten Tagen ohnmächtig geworden oder hast du kurz das Bewusstsein verloren?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Have you recently had new trouble controlling your bladder or bowels?</source>
            <comment>red_flag[em_bladder_bowel].question</comment>
            <translation>Hast du seit Kurzem neue Schwierigkeiten, Blase oder Darm zu kontrollieren?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Is there new numbness around your groin, buttocks or inner thighs?</source>
            <comment>red_flag[em_saddle_numbness].question</comment>
            <translation>Hast du ein neues Taubheitsgefühl in der Leiste, am Gesäß oder an der Innenseite der Oberschenkel?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Are your legs getting weaker from day to day?</source>
            <comment>red_flag[em_leg_weakness].question</comment>
            <translation>Werden deine Beine von Tag zu Tag schwächer?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Has a doctor ever said you have a heart condition or high blood pressure?</source>
            <comment>red_flag[parq_heart].question</comment>
            <translation>Hat dir eine Ärztin oder ein Arzt schon einmal gesagt, dass du eine Herzerkrankung oder Bluthochdruck hast?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Do you get chest pain at rest, in daily life or when you are active?</source>
            <comment>red_flag[parq_chest_pain].question</comment>
            <translation>Hast du Schmerzen in der Brust, in Ruhe, im Alltag oder wenn du aktiv bist?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>In the last 12 months, have you lost your balance from dizziness, or fainted?</source>
            <comment>red_flag[parq_dizziness].question</comment>
            <translation>Hast du in den letzten 12 Monaten wegen Schwindel das Gleichgewicht verloren oder bist du ohnmächtig geworden?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Do you have any other long-term medical condition?</source>
            <comment>red_flag[parq_other_condition].question</comment>
            <translation>Hast du eine andere chronische Erkrankung?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Do you take prescribed medicine for a long-term condition?</source>
            <comment>red_flag[parq_medication].question</comment>
            <translation>Nimmst du verschriebene Medikamente wegen einer chronischen Erkrankung?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>In the last 12 months, have you had a bone, joint or muscle problem that more activity could make worse?</source>
            <comment>red_flag[parq_bone_joint].question</comment>
            <translation>Hattest du in den letzten 12 Monaten ein Knochen-, Gelenk- oder Muskelproblem, das sich durch mehr Bewegung verschlimmern könnte?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Has a doctor told you to exercise only under medical supervision?</source>
            <comment>red_flag[parq_supervised].question</comment>
            <translation>Hat dir eine Ärztin oder ein Arzt gesagt, dass du nur unter medizinischer Aufsicht trainieren sollst?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Do you have numbness, tingling or weakness in your arms or hands?</source>
            <comment>red_flag[pr_arm_nerves].question</comment>
            <translation>Hast du ein Taubheitsgefühl, Kribbeln oder Schwäche in den Armen oder Händen?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Do you have numbness, tingling or weakness in your legs or feet?</source>
            <comment>red_flag[pr_leg_nerves].question</comment>
            <translation>Hast du ein Taubheitsgefühl, Kribbeln oder Schwäche in den Beinen oder Füßen?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Does neck pain come with a severe headache, dizziness or changes in your sight?</source>
            <comment>red_flag[pr_neck_headache].question</comment>
            <translation>Treten bei dir Nackenschmerzen zusammen mit starken Kopfschmerzen, Schwindel oder Sehstörungen auf?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Do you have back pain at the moment?</source>
            <comment>red_flag[pr_back_pain].question</comment>
            <translation>Hast du zurzeit Rückenschmerzen?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Do you have osteoporosis (thin bones), or have you taken steroid tablets for a long time?</source>
            <comment>red_flag[pr_osteoporosis].question</comment>
            <translation>Hast du Osteoporose (Knochenschwund) oder hast du über lange Zeit Kortison-Tabletten genommen?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Have you had an injury, a bad fall or an operation in the last 6 months?</source>
            <comment>red_flag[pr_injury_surgery].question</comment>
            <translation>Hattest du in den letzten 6 Monaten eine Verletzung, einen schweren Sturz oder eine Operation?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Have you had weight loss you cannot explain, a fever, or pain that wakes you at night?</source>
            <comment>red_flag[pr_general_signs].question</comment>
            <translation>Hast du ohne erkennbaren Grund abgenommen, hattest du Fieber oder Schmerzen, die dich nachts wecken?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Have you ever been treated for cancer?</source>
            <comment>red_flag[pr_cancer].question</comment>
            <translation>Wurdest du schon einmal wegen einer Krebserkrankung behandelt?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Are you pregnant?</source>
            <comment>red_flag[pregnant].question</comment>
            <translation>Bist du schwanger?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Have you given birth in the last 6 months?</source>
            <comment>red_flag[postpartum].question</comment>
            <translation>Hast du in den letzten 6 Monaten ein Kind bekommen?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>chest pain</source>
            <comment>red_flag[em_chest_pain].symptom</comment>
            <translation>Schmerzen in der Brust</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>fainting</source>
            <comment>red_flag[em_fainting].symptom</comment>
            <translation>Ohnmacht</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>new bladder or bowel trouble</source>
            <comment>red_flag[em_bladder_bowel].symptom</comment>
            <translation>neue Probleme mit Blase oder Darm</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>numbness around the groin or buttocks</source>
            <comment>red_flag[em_saddle_numbness].symptom</comment>
            <translation>Taubheit an Leiste oder Gesäß</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>legs getting weaker</source>
            <comment>red_flag[em_leg_weakness].symptom</comment>
            <translation>zunehmende Schwäche in den Beinen</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>a heart condition or high blood pressure</source>
            <comment>red_flag[parq_heart].symptom</comment>
            <translation>eine Herzerkrankung oder Bluthochdruck</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>chest pain</source>
            <comment>red_flag[parq_chest_pain].symptom</comment>
            <translation>Schmerzen in der Brust</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>dizziness or fainting</source>
            <comment>red_flag[parq_dizziness].symptom</comment>
            <translation>Schwindel oder Ohnmacht</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>a long-term medical condition</source>
            <comment>red_flag[parq_other_condition].symptom</comment>
            <translation>eine chronische Erkrankung</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>medicine for a long-term condition</source>
            <comment>red_flag[parq_medication].symptom</comment>
            <translation>Medikamente wegen einer chronischen Erkrankung</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>a bone, joint or muscle problem</source>
            <comment>red_flag[parq_bone_joint].symptom</comment>
            <translation>ein Knochen-, Gelenk- oder Muskelproblem</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>advice to exercise only under supervision</source>
            <comment>red_flag[parq_supervised].symptom</comment>
            <translation>Training nur unter ärztlicher Aufsicht</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>numbness, tingling or weakness in your arms</source>
            <comment>red_flag[pr_arm_nerves].symptom</comment>
            <translation>Taubheit, Kribbeln oder Schwäche in den Armen</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>numbness, tingling or weakness in your legs</source>
            <comment>red_flag[pr_leg_nerves].symptom</comment>
            <translation>Taubheit, Kribbeln oder Schwäche in den Beinen</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>neck pain with headache, dizziness or sight changes</source>
            <comment>red_flag[pr_neck_headache].symptom</comment>
            <translation>Nackenschmerzen mit Kopfschmerzen, Schwindel oder Sehstörungen</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>back pain</source>
            <comment>red_flag[pr_back_pain].symptom</comment>
            <translation>Rückenschmerzen</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>osteoporosis or long-term steroid use</source>
            <comment>red_flag[pr_osteoporosis].symptom</comment>
            <translation>Osteoporose oder lange Einnahme von Kortison</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>a recent injury, fall or operation</source>
            <comment>red_flag[pr_injury_surgery].symptom</comment>
            <translation>eine Verletzung, ein Sturz oder eine Operation in letzter Zeit</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>unexplained weight loss, fever or night pain</source>
            <comment>red_flag[pr_general_signs].symptom</comment>
            <translation>Gewichtsverlust ohne erkennbaren Grund, Fieber oder nächtliche Schmerzen</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>a history of cancer</source>
            <comment>red_flag[pr_cancer].symptom</comment>
            <translation>eine frühere Krebserkrankung</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>pregnancy</source>
            <comment>red_flag[pregnant].symptom</comment>
            <translation>Schwangerschaft</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>a recent birth</source>
            <comment>red_flag[postpartum].symptom</comment>
            <translation>eine Geburt in den letzten Monaten</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Front-of-hip check</source>
            <comment>item[S1].name</comment>
            <translation>Hüftbeuger-Check</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Wall angel</source>
            <comment>item[S2].name</comment>
            <translation>Wandengel</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Wall head check</source>
            <comment>item[S3].name</comment>
            <translation>Kopf an der Wand</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Single-leg bridge</source>
            <comment>item[S4].name</comment>
            <translation>Einbeiniges Beckenheben</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Toe touch</source>
            <comment>item[S5].name</comment>
            <translation>Zehen berühren</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Neck hold</source>
            <comment>item[S6].name</comment>
            <translation>Kopf halten</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>How far the front of the hip lets the thigh drop.</source>
            <comment>item[S1].looks_at</comment>
            <translation>Wie weit die Vorderseite der Hüfte den Oberschenkel absinken lässt.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>How freely your chest, shoulders and upper back let your arms move.</source>
            <comment>item[S2].looks_at</comment>
            <translation>Wie frei Brust, Schultern und oberer Rücken deine Arme bewegen lassen.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>How easily your head sits back over your shoulders.</source>
            <comment>item[S3].looks_at</comment>
            <translation>Wie leicht dein Kopf nach hinten über die Schultern kommt.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>How long your buttock and thigh muscles keep going.</source>
            <comment>item[S4].looks_at</comment>
            <translation>Wie lange deine Gesäß- und Oberschenkelmuskeln durchhalten.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>How far the backs of your legs and your lower back let you bend.</source>
            <comment>item[S5].looks_at</comment>
            <translation>Wie weit dich die Rückseite deiner Beine und dein unterer Rücken nach vorn beugen lassen.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>How long the small muscles at the front of your neck can hold your head.</source>
            <comment>item[S6].looks_at</comment>
            <translation>Wie lange die kleinen Muskeln vorn am Hals deinen Kopf halten können.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Sit on the edge of a firm bed or table.</source>
            <comment>item[S1].steps[0]</comment>
            <translation>Setz dich auf die Kante eines festen Betts oder Tischs.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Hug one knee to your chest and roll back onto your back.</source>
            <comment>item[S1].steps[1]</comment>
            <translation>Zieh ein Knie mit beiden Armen an die Brust und roll dich nach hinten auf den Rücken.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Let the other leg hang over the edge and relax it.</source>
            <comment>item[S1].steps[2]</comment>
            <translation>Lass das andere Bein über die Kante hängen und entspann es.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Score the hanging leg, then swap sides.</source>
            <comment>item[S1].steps[3]</comment>
            <translation>Bewerte das hängende Bein, dann wechsle die Seite.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Sit with your back and head against a wall.</source>
            <comment>item[S2].steps[0]</comment>
            <translation>Setz dich mit Rücken und Kopf an eine Wand.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Raise your arms like goal posts: elbows at shoulder height, bent at a right angle.</source>
            <comment>item[S2].steps[1]</comment>
            <translation>Heb die Arme in U-Form: die Ellbogen auf Schulterhöhe, im rechten Winkel gebeugt.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Slowly slide your arms up the wall and back down.</source>
            <comment>item[S2].steps[2]</comment>
            <translation>Schieb die Arme langsam an der Wand nach oben und wieder nach unten.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Notice what stays touching the wall on each side.</source>
            <comment>item[S2].steps[3]</comment>
            <translation>Achte darauf, was auf jeder Seite die Wand berührt.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Stand with heels, buttocks and upper back against a wall.</source>
            <comment>item[S3].steps[0]</comment>
            <translation>Stell dich mit Fersen, Gesäß und oberem Rücken an eine Wand.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Keep your chin level, as if looking straight ahead.</source>
            <comment>item[S3].steps[1]</comment>
            <translation>Halte das Kinn waagerecht, als würdest du geradeaus schauen.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Let the back of your head move back towards the wall.</source>
            <comment>item[S3].steps[2]</comment>
            <translation>Lass den Hinterkopf nach hinten zur Wand gleiten.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Lie on your back, one heel on a chair seat, the other leg lifted, arms crossed.</source>
            <comment>item[S4].steps[0]</comment>
            <translation>Leg dich auf den Rücken, eine Ferse auf der Sitzfläche eines Stuhls, das andere Bein angehoben, die Arme verschränkt.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Push through the heel to lift your hips, then lower them.</source>
            <comment>item[S4].steps[1]</comment>
            <translation>Drück die Ferse in den Stuhl, heb das Becken und senk es wieder ab.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Count the lifts until you tire or your hips tip to one side.</source>
            <comment>item[S4].steps[2]</comment>
            <translation>Zähl die Wiederholungen, bis du müde wirst oder dein Becken zu einer Seite kippt.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Rest, then do the other leg.</source>
            <comment>item[S4].steps[3]</comment>
            <translation>Ruh dich aus, dann ist das andere Bein dran.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Stand with your feet together and your knees straight.</source>
            <comment>item[S5].steps[0]</comment>
            <translation>Stell dich mit geschlossenen Füßen und gestreckten Knien hin.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Slowly reach down towards the floor. No bouncing.</source>
            <comment>item[S5].steps[1]</comment>
            <translation>Beug dich langsam nach unten Richtung Boden. Nicht wippen.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Notice how close your fingertips get to the floor.</source>
            <comment>item[S5].steps[2]</comment>
            <translation>Achte darauf, wie nah deine Fingerspitzen dem Boden kommen.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Lie on your back with your knees bent.</source>
            <comment>item[S6].steps[0]</comment>
            <translation>Leg dich mit gebeugten Knien auf den Rücken.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Gently tuck your chin in, as if nodding.</source>
            <comment>item[S6].steps[1]</comment>
            <translation>Zieh das Kinn sanft ein, als würdest du nicken.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Lift your head a finger's width off the floor and time how long you hold it.</source>
            <comment>item[S6].steps[2]</comment>
            <translation>Heb den Kopf einen Fingerbreit vom Boden ab und miss, wie lange du ihn halten kannst.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Stop when your chin pokes out or your head drops.</source>
            <comment>item[S6].steps[3]</comment>
            <translation>Hör auf, wenn sich das Kinn nach vorn schiebt oder der Kopf absinkt.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>leg</source>
            <comment>item[S1].side_label</comment>
            <translation>Bein</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>arm</source>
            <comment>item[S2].side_label</comment>
            <translation>Arm</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>leg</source>
            <comment>item[S4].side_label</comment>
            <translation>Bein</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>stretching the front of your hips</source>
            <comment>item[S1].focus</comment>
            <translation>die Vorderseite deiner Hüften dehnen</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>opening your chest and upper back</source>
            <comment>item[S2].focus</comment>
            <translation>Brust und oberen Rücken öffnen</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>neck and upper-back moves</source>
            <comment>item[S3].focus</comment>
            <translation>Nacken und oberen Rücken trainieren</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>strengthening your glutes</source>
            <comment>item[S4].focus</comment>
            <translation>deine Gesäßmuskeln kräftigen</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>stretching the backs of your legs</source>
            <comment>item[S5].focus</comment>
            <translation>die Rückseite deiner Beine dehnen</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>neck and upper-back moves</source>
            <comment>item[S6].focus</comment>
            <translation>Nacken und oberen Rücken trainieren</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>The thigh rests on the bed and the knee bends to about a right angle.</source>
            <comment>item[S1].choice[2].text</comment>
            <translation>Der Oberschenkel liegt auf dem Bett auf und das Knie ist etwa im rechten Winkel gebeugt.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>The thigh rests on the bed but the knee straightens, or the thigh lifts a little.</source>
            <comment>item[S1].choice[1].text</comment>
            <translation>Der Oberschenkel liegt auf, aber das Knie streckt sich, oder der Oberschenkel hebt sich etwas ab.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>The thigh stays clearly lifted off the bed.</source>
            <comment>item[S1].choice[0].text</comment>
            <translation>Der Oberschenkel bleibt deutlich vom Bett abgehoben.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Elbow and fingertips, back of the hand and forearm all stay on the wall.</source>
            <comment>item[S2].choice[3].text</comment>
            <translation>Ellbogen und Fingerspitzen, Handrücken und Unterarm bleiben alle an der Wand.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Two of those three stay on the wall.</source>
            <comment>item[S2].choice[2].text</comment>
            <translation>Zwei der drei bleiben an der Wand.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Only one of them stays on the wall.</source>
            <comment>item[S2].choice[1].text</comment>
            <translation>Nur eines davon bleibt an der Wand.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>None of them stay on the wall.</source>
            <comment>item[S2].choice[0].text</comment>
            <translation>Keines davon bleibt an der Wand.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>My head touches the wall easily with my chin level.</source>
            <comment>item[S3].choice[2].text</comment>
            <translation>Mein Kopf berührt die Wand mühelos, das Kinn bleibt waagerecht.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>It touches only if I tip my chin up or strain.</source>
            <comment>item[S3].choice[1].text</comment>
            <translation>Er berührt sie nur, wenn ich das Kinn anhebe oder mich anstrenge.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>My head does not reach the wall.</source>
            <comment>item[S3].choice[0].text</comment>
            <translation>Mein Kopf erreicht die Wand nicht.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>20 lifts or more.</source>
            <comment>item[S4].choice[2].text</comment>
            <translation>20 Wiederholungen oder mehr.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>10 to 19 lifts.</source>
            <comment>item[S4].choice[1].text</comment>
            <translation>10 bis 19 Wiederholungen.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Fewer than 10 lifts.</source>
            <comment>item[S4].choice[0].text</comment>
            <translation>Weniger als 10 Wiederholungen.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>My fingertips reach the floor.</source>
            <comment>item[S5].choice[2].text</comment>
            <translation>Meine Fingerspitzen berühren den Boden.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>They stop less than a hand's width (10 cm) from the floor.</source>
            <comment>item[S5].choice[1].text</comment>
            <translation>Sie bleiben weniger als eine Handbreit (10 cm) über dem Boden.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>They stop more than a hand's width from the floor.</source>
            <comment>item[S5].choice[0].text</comment>
            <translation>Sie bleiben mehr als eine Handbreit über dem Boden.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>40 seconds or more (for women, 30 seconds or more).</source>
            <comment>item[S6].choice[2].text</comment>
            <translation>40 Sekunden oder länger (bei Frauen 30 Sekunden oder länger).</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>From 20 seconds up to that.</source>
            <comment>item[S6].choice[1].text</comment>
            <translation>Ab 20 Sekunden, aber kürzer als oben.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Less than 20 seconds.</source>
            <comment>item[S6].choice[0].text</comment>
            <translation>Weniger als 20 Sekunden.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>clearly limited for now</source>
            <comment>summary.score_words[0]</comment>
            <translation>im Moment deutlich eingeschränkt</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>some room to grow</source>
            <comment>summary.score_words[1]</comment>
            <translation>noch Luft nach oben</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>moving well</source>
            <comment>summary.score_words[2]</comment>
            <translation>klappt gut</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>keeping what you have: a few stretches and strength moves each week</source>
            <comment>summary.maintenance</comment>
            <translation>das Erreichte halten: ein paar Dehnungen und Kraftübungen pro Woche</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>walk breaks only for now. Once a doctor or physiotherapist says exercise is fine for you, run the self-check again from the tray menu</source>
            <comment>summary.walk_only</comment>
            <translation>vorerst nur Gehpausen. Sobald du ärztlich oder physiotherapeutisch grünes Licht für Training bekommen hast, mach den Selbstcheck noch einmal über das Menü des Symbols im Systembereich</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>your {lower} {side} scored lower than your {higher}</source>
            <comment>summary.asymmetry</comment>
            <translation>{side} {lower} schneidet schwächer ab als {higher}</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>the moves for your {regions} are back on: this time you answered no to the health questions that paused them, and their movement checks went without pain</source>
            <comment>summary.region_back</comment>
            <translation>die Übungen für {regions} sind wieder dabei: Diesmal hast du die Gesundheitsfragen, die sie pausiert hatten, mit Nein beantwortet, und die Bewegungschecks dafür waren schmerzfrei</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>stretches and strength moves are back on: this time you answered no to every health question that had put them on hold</source>
            <comment>summary.exercise_back</comment>
            <translation>Dehnungen und Kraftübungen sind wieder dabei: Diesmal hast du alle Gesundheitsfragen, die sie pausiert hatten, mit Nein beantwortet</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Please stop here. What you describe ({symptoms}) needs urgent medical care: call your local emergency number or go to emergency care now.</source>
            <comment>referrals.emergency</comment>
            <translation>Bitte hör hier auf. Was du beschreibst ({symptoms}), braucht dringend ärztliche Hilfe: Ruf deine örtliche Notrufnummer an oder geh jetzt in eine Notaufnahme.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Because you mentioned {symptoms}, we have paused {paused}. Please see a doctor or physiotherapist before you take them up again. Most causes are not serious, but they are worth a check.</source>
            <comment>referrals.prompt</comment>
            <translation>Wegen deiner Angaben ({symptoms}) haben wir {paused} pausiert. Bitte lass das ärztlich oder physiotherapeutisch abklären, bevor du wieder damit anfängst. Meist steckt nichts Ernstes dahinter, aber eine Abklärung lohnt sich.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Please don't push through pain. We have left out “{item}” and paused the moves for that area. If it happens again, a physiotherapist can help find out why.</source>
            <comment>referrals.pain</comment>
            <translation>Bitte mach nicht trotz Schmerzen weiter. Wir haben „{item}“ weggelassen und die Übungen für diesen Bereich pausiert. Wenn das wieder passiert, kann dir eine Physiotherapeutin oder ein Physiotherapeut helfen herauszufinden, woran es liegt.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Being active is generally encouraged during pregnancy and after birth. Please confirm with your maternity care provider; Desk Coach will use pregnancy-friendly versions. Stop and call them if you notice bleeding, dizziness, headache, chest pain, calf swelling, leaking fluid, contractions or less movement from the baby.</source>
            <comment>referrals.pregnancy</comment>
            <translation>Bewegung wird in der Schwangerschaft und nach der Geburt grundsätzlich empfohlen. Bitte sprich das mit deiner Hebamme oder deiner frauenärztlichen Praxis ab; Desk Coach nutzt schwangerschaftsgerechte Varianten. Hör auf und melde dich dort, wenn du Blutungen, Schwindel, Kopfschmerzen, Schmerzen in der Brust, geschwollene Waden, Flüssigkeitsabgang, Wehen oder weniger Kindsbewegungen bemerkst.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>all stretches and strength moves (walk breaks carry on)</source>
            <comment>referrals.paused_all</comment>
            <translation>alle Dehnungen und Kraftübungen (Gehpausen gehen weiter)</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>the moves for your {regions}</source>
            <comment>referrals.paused_some</comment>
            <translation>die Übungen für {regions}</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Short movement breaks during sitting, and the longer guided stretch routine.</source>
            <comment>breaks.about</comment>
            <translation>Kurze Bewegungspausen beim Sitzen und die längere angeleitete Dehnroutine.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Time away from the keyboard and mouse that counts as a break you took on your own.</source>
            <comment>idle.about</comment>
            <translation>Zeit ohne Tastatur und Maus, die als selbst genommene Pause zählt.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Daily targets shown on the progress page.</source>
            <comment>goals.about</comment>
            <translation>Tagesziele auf der Fortschrittsseite.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Putting a break off for a little while.</source>
            <comment>snooze.about</comment>
            <translation>Eine Pause für kurze Zeit verschieben.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Waiting for a pause in typing, so a break never cuts into a sentence.</source>
            <comment>typing.about</comment>
            <translation>Auf eine Tipppause warten, damit eine Pause dich nie mitten im Satz unterbricht.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>When Desk Coach suggests breaks. Each day is a list of ranges such as "09:00-12:30"; an empty list is a day off. A night shift such as "22:00-06:00" goes on the day it starts, and your days then run from its end to the next.</source>
            <comment>work_hours.about</comment>
            <translation>Wann Desk Coach Pausen vorschlägt. Jeder Tag ist eine Liste von Zeiträumen wie „09:00-12:30“; eine leere Liste ist ein freier Tag. Eine Nachtschicht wie „22:00-06:00“ zählt zu dem Tag, an dem sie beginnt; dein Tag reicht dann vom Ende einer Schicht bis zur nächsten.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Times when a due break waits quietly instead of interrupting.</source>
            <comment>quiet.about</comment>
            <translation>Zeiten, in denen eine fällige Pause still wartet, statt zu stören.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Covering every monitor during a break, and a strict mode for breaks that always get put off.</source>
            <comment>break_screen.about</comment>
            <translation>Alle Bildschirme während einer Pause abdecken, und ein strenger Modus für Pausen, die sonst immer verschoben werden.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>How break reminders appear.</source>
            <comment>notifications.about</comment>
            <translation>Wie Pausenerinnerungen erscheinen.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Sounds and spoken cues during a break.</source>
            <oldsource>Sounds at the start and end of a break.</oldsource>
            <comment>sounds.about</comment>
            <translation>Töne und gesprochene Hinweise während einer Pause.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>What happens when you log in.</source>
            <comment>startup.about</comment>
            <translation>Was beim Anmelden passiert.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>The weekly look back at sitting, breaks and routines.</source>
            <comment>summary.about</comment>
            <translation>Der wöchentliche Rückblick auf Sitzen, Pausen und Routinen.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>How weeks are counted in charts and summaries.</source>
            <comment>calendar.about</comment>
            <translation>Wie Wochen in Diagrammen und Zusammenfassungen gezählt werden.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>What the coach may plan with.</source>
            <comment>coaching.about</comment>
            <translation>Womit der Coach planen darf.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>The language Desk Coach speaks; dates, times and numbers follow it.</source>
            <comment>display.about</comment>
            <translation>Die Sprache, die Desk Coach spricht; Datum, Uhrzeit und Zahlen richten sich danach.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Minutes of sitting before Desk Coach suggests a short movement break.</source>
            <comment>breaks.sit_interval_min.description</comment>
            <translation>Minuten im Sitzen, bevor Desk Coach eine kurze Bewegungspause vorschlägt.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Length of a short break: stand up, move about, maybe one stretch.</source>
            <comment>breaks.micro_break_s.description</comment>
            <translation>Länge einer kurzen Pause: aufstehen, herumgehen, vielleicht eine Dehnung.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Length of the longer guided stretch routine.</source>
            <comment>breaks.long_break_min.description</comment>
            <translation>Länge der längeren angeleiteten Dehnroutine.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>How many guided stretch routines to suggest each workday; 0 turns them off.</source>
            <comment>breaks.long_breaks_per_day.description</comment>
            <translation>Wie viele angeleitete Dehnroutinen Desk Coach pro Arbeitstag vorschlägt; 0 schaltet sie aus.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Seconds without keyboard or mouse input that count as a short break taken.</source>
            <comment>idle.natural_break_idle_s.description</comment>
            <translation>Sekunden ohne Tastatur- oder Mauseingabe, die als genommene kurze Pause zählen.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Seconds without keyboard or mouse input that count as a longer break taken.</source>
            <comment>idle.long_break_idle_s.description</comment>
            <translation>Sekunden ohne Tastatur- oder Mauseingabe, die als genommene längere Pause zählen.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Daily goal for time spent standing or moving lightly during work hours; 0 hides the goal.</source>
            <comment>goals.daily_active_min.description</comment>
            <translation>Tagesziel für Zeit im Stehen oder in leichter Bewegung während der Arbeitszeit; 0 blendet das Ziel aus.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Most sitting you aim for in a day; the progress charts draw it as a line.</source>
            <comment>goals.daily_sitting_max_min.description</comment>
            <translation>Wie lange du pro Tag höchstens sitzen möchtest; die Fortschrittsdiagramme zeigen es als Linie.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Minutes a snoozed break waits before it asks again.</source>
            <comment>snooze.length_min.description</comment>
            <translation>Minuten, die eine verschobene Pause wartet, bevor sie wieder fragt.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Snoozes allowed in a row before a break can only be taken or skipped; 0 hides snooze.</source>
            <comment>snooze.max_in_a_row.description</comment>
            <translation>Wie oft eine Pause nacheinander verschoben werden darf, bevor sie nur noch genommen oder übersprungen werden kann; 0 blendet das Verschieben aus.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Other lengths, in minutes, that the tray menu's Snooze offers besides the usual one.</source>
            <comment>snooze.other_lengths_min.description</comment>
            <translation>Weitere Längen in Minuten, die „Später erinnern“ im Tray-Menü neben der üblichen anbietet.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>A due break waits until keyboard and mouse have been still this long.</source>
            <comment>typing.pause_s.description</comment>
            <translation>Eine fällige Pause wartet, bis Tastatur und Maus so lange unbenutzt waren.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>A due break appears after waiting this long, even if input never pauses.</source>
            <comment>typing.max_wait_s.description</comment>
            <translation>Nach so langer Wartezeit erscheint eine fällige Pause, auch wenn die Eingabe nie stillsteht.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Suggest breaks only inside the work hours below (when off, at any time of day).</source>
            <comment>work_hours.honour.description</comment>
            <translation>Pausen nur innerhalb der Arbeitszeiten unten vorschlagen (ausgeschaltet: zu jeder Tageszeit).</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Work hours on Mondays.</source>
            <comment>work_hours.monday.description</comment>
            <translation>Arbeitszeiten am Montag.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Work hours on Tuesdays.</source>
            <comment>work_hours.tuesday.description</comment>
            <translation>Arbeitszeiten am Dienstag.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Work hours on Wednesdays.</source>
            <comment>work_hours.wednesday.description</comment>
            <translation>Arbeitszeiten am Mittwoch.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Work hours on Thursdays.</source>
            <comment>work_hours.thursday.description</comment>
            <translation>Arbeitszeiten am Donnerstag.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Work hours on Fridays.</source>
            <comment>work_hours.friday.description</comment>
            <translation>Arbeitszeiten am Freitag.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Work hours on Saturdays.</source>
            <comment>work_hours.saturday.description</comment>
            <translation>Arbeitszeiten am Samstag.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Work hours on Sundays.</source>
            <comment>work_hours.sunday.description</comment>
            <translation>Arbeitszeiten am Sonntag.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Hold breaks while a full-screen window, such as a presentation, video or game, is in front.</source>
            <comment>quiet.fullscreen.description</comment>
            <translation>Pausen warten lassen, solange ein Vollbildfenster wie eine Präsentation, ein Video oder ein Spiel im Vordergrund ist.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Hold breaks while the camera or microphone is in use, as in a video call.</source>
            <comment>quiet.camera_or_microphone.description</comment>
            <translation>Pausen warten lassen, solange Kamera oder Mikrofon benutzt werden, etwa in einem Videoanruf.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Hold breaks while the desktop's Do Not Disturb mode is on.</source>
            <comment>quiet.desktop_do_not_disturb.description</comment>
            <translation>Pausen warten lassen, solange der Modus „Bitte nicht stören“ des Desktops an ist.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Break screen: during a break every monitor is covered by a calm screen, and the routine shows on the monitor you are working on.</source>
            <comment>break_screen.enabled.description</comment>
            <translation>Pausenbildschirm: Während einer Pause deckt eine ruhige Fläche jeden Bildschirm ab, und die Übungen erscheinen auf dem Bildschirm, an dem du gerade arbeitest.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Strict mode: a due break starts by itself after a short warning and covers the screens for its whole length, with no Snooze or Skip; an emergency way out is always there, and using it is recorded.</source>
            <comment>break_screen.strict.description</comment>
            <translation>Strenger Modus: Eine fällige Pause beginnt nach einer kurzen Vorwarnung von selbst und deckt die Bildschirme für ihre ganze Dauer ab, ohne „Später erinnern“ oder „Auslassen“; ein Notausgang ist immer da, und seine Nutzung wird festgehalten.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>In strict mode, seconds of warning before a due break starts by itself.</source>
            <comment>break_screen.warning_s.description</comment>
            <translation>Im strengen Modus: Sekunden Vorwarnung, bevor eine fällige Pause von selbst beginnt.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>In strict mode, seconds to hold Escape to leave a break in an emergency.</source>
            <comment>break_screen.way_out_hold_s.description</comment>
            <translation>Im strengen Modus: Sekunden, die du Esc gedrückt hältst, um eine Pause im Notfall zu verlassen.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>In strict mode, seconds before the emergency way-out button appears on the break screen.</source>
            <comment>break_screen.way_out_button_s.description</comment>
            <translation>Im strengen Modus: Sekunden, bis die Schaltfläche für den Notausgang auf dem Pausenbildschirm erscheint.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>How reminders appear: as the desktop's own notifications, or only as a balloon from the tray icon.</source>
            <comment>notifications.style.description</comment>
            <translation>Wie Erinnerungen erscheinen: als Benachrichtigungen des Desktops oder nur als Sprechblase am Symbol im Systembereich.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Play a soft sound when a break starts and ends.</source>
            <comment>sounds.enabled.description</comment>
            <translation>Einen sanften Ton abspielen, wenn eine Pause beginnt und endet.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Loudness of break sounds.</source>
            <comment>sounds.volume.description</comment>
            <translation>Lautstärke der Pausentöne.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Spoken cues in the guided routine: to your screen reader only, also aloud by the system's speech when no screen reader runs, or none at all.</source>
            <comment>sounds.spoken_cues.description</comment>
            <translation>Gesprochene Hinweise in der angeleiteten Routine: nur für deinen Screenreader, zusätzlich laut über die Sprachausgabe des Systems, wenn kein Screenreader läuft, oder gar keine.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Start Desk Coach when you log in.</source>
            <comment>startup.autostart.description</comment>
            <translation>Desk Coach beim Anmelden starten.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Day of the week the summary appears.</source>
            <comment>summary.day.description</comment>
            <translation>Wochentag, an dem der Wochenrückblick erscheint.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Time of day the summary appears.</source>
            <comment>summary.time.description</comment>
            <translation>Uhrzeit, zu der der Wochenrückblick erscheint.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>First day of the week; "locale" follows the system's regional settings.</source>
            <comment>calendar.first_day_of_week.description</comment>
            <translation>Erster Tag der Woche; „locale“ richtet sich nach den Regionaleinstellungen des Systems.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>What you have at hand for breaks; only moves you can do with it are planned.</source>
            <comment>coaching.equipment.description</comment>
            <translation>Was du für die Pausen zur Hand hast; geplant werden nur Übungen, die du damit machen kannst.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Language of Desk Coach's windows, messages and reports; "system" follows the system's language.</source>
            <comment>display.language.description</comment>
            <translation>Sprache der Fenster, Meldungen und Berichte von Desk Coach; „system“ folgt der Sprache des Systems.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>being away as long as a break counts as taking that break</source>
            <comment>idle.natural_break_idle_s.at_least_reason</comment>
            <translation>eine Abwesenheit, die so lang ist wie eine Pause, als genommene Pause zählt</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>an absence long enough for the longer break is surely long enough for a short one</source>
            <comment>idle.long_break_idle_s.at_least_reason</comment>
            <translation>eine Abwesenheit, die für die längere Pause reicht, sicher auch für eine kurze reicht</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>minutes</source>
            <comment>breaks.sit_interval_min.unit</comment>
            <translation>Minuten</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>seconds</source>
            <comment>breaks.micro_break_s.unit</comment>
            <translation>Sekunden</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>minutes</source>
            <comment>breaks.long_break_min.unit</comment>
            <translation>Minuten</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>a day</source>
            <comment>breaks.long_breaks_per_day.unit</comment>
            <translation>pro Tag</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>seconds</source>
            <comment>idle.natural_break_idle_s.unit</comment>
            <translation>Sekunden</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>seconds</source>
            <comment>idle.long_break_idle_s.unit</comment>
            <translation>Sekunden</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>minutes</source>
            <comment>goals.daily_active_min.unit</comment>
            <translation>Minuten</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>minutes</source>
            <comment>goals.daily_sitting_max_min.unit</comment>
            <translation>Minuten</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>minutes</source>
            <comment>snooze.length_min.unit</comment>
            <translation>Minuten</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>snoozes</source>
            <comment>snooze.max_in_a_row.unit</comment>
            <translation>Mal</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>seconds</source>
            <comment>typing.pause_s.unit</comment>
            <translation>Sekunden</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>seconds</source>
            <comment>typing.max_wait_s.unit</comment>
            <translation>Sekunden</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>seconds</source>
            <comment>break_screen.warning_s.unit</comment>
            <translation>Sekunden</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>seconds</source>
            <comment>break_screen.way_out_hold_s.unit</comment>
            <translation>Sekunden</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>seconds</source>
            <comment>break_screen.way_out_button_s.unit</comment>
            <translation>Sekunden</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>percent</source>
            <comment>sounds.volume.unit</comment>
            <translation>Prozent</translation>
        </message>
    </context>
</TS>
