<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>library</name>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Standing split-stance hip-flexor stretch</source>
            <comment>exercise[HF1].name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Half-kneeling hip-flexor stretch</source>
            <comment>exercise[HF2].name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Free-standing hip-flexor stretch</source>
            <comment>exercise[HF3].name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>One-arm doorway chest stretch</source>
            <comment>exercise[CH1].name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Seated chest opener</source>
            <comment>exercise[CH2].name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Towel-roll chest opener</source>
            <comment>exercise[CH3].name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Seated glute squeeze</source>
            <comment>exercise[GL1].name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Glute bridge</source>
            <comment>exercise[GL2].name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Single-leg bridge</source>
            <comment>exercise[GL3].name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Clamshell</source>
            <comment>exercise[GL4].name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Side-lying hip abduction</source>
            <comment>exercise[GL5].name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Chair sit-to-stand</source>
            <comment>exercise[GL6].name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Shoulder-blade squeeze</source>
            <comment>exercise[UB1].name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Band row or pull-apart</source>
            <comment>exercise[UB2].name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Wall slide</source>
            <comment>exercise[UB3].name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Face-down Y-T-W</source>
            <comment>exercise[UB4].name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Side-lying external rotation</source>
            <comment>exercise[UB5].name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Wall push-up plus</source>
            <comment>exercise[UB6].name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Seated upper-back extension</source>
            <comment>exercise[TM1].name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Open book</source>
            <comment>exercise[TM2].name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Seated hamstring stretch</source>
            <comment>exercise[HS1].name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Heel-on-chair hamstring stretch</source>
            <comment>exercise[HS2].name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Standing hamstring stretch</source>
            <comment>exercise[HS3].name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Chin tuck</source>
            <comment>exercise[NK1].name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Upper-trapezius stretch</source>
            <comment>exercise[NK2].name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Chin-tuck head lift</source>
            <comment>exercise[NK3].name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Walk break</source>
            <comment>exercise[MV1].name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Rest one hand on your desk and take a long step back, both feet pointing forward.</source>
            <comment>exercise[HF1].steps[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Tuck your tailbone under and squeeze the buttock of the back leg.</source>
            <comment>exercise[HF1].steps[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Ease your weight forward until the front of the back hip feels a mild stretch; hold and breathe normally.</source>
            <comment>exercise[HF1].steps[2]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Swap legs after each hold. For a gentler stretch, shorten the step.</source>
            <comment>exercise[HF1].steps[3]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Kneel on one knee on a cushion, the other foot flat on the floor in front of you.</source>
            <comment>exercise[HF2].steps[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Tuck your tailbone under and reach the arm on the kneeling side up overhead.</source>
            <comment>exercise[HF2].steps[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Ease your hips forward until the front of the back hip feels a gentle stretch; hold, then swap sides.</source>
            <comment>exercise[HF2].steps[2]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>For more stretch, lean the raised arm over to the other side, or rest the back foot on a chair seat.</source>
            <comment>exercise[HF2].steps[3]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stand tall with your hands on your hips and take a long step back, both feet pointing forward.</source>
            <comment>exercise[HF3].steps[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Tuck your tailbone under and squeeze the buttock of the back leg.</source>
            <comment>exercise[HF3].steps[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Ease your weight forward until the front of the back hip feels a mild stretch; hold and breathe normally.</source>
            <comment>exercise[HF3].steps[2]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Swap legs after each hold. If your balance wavers, shorten the step or stand beside a wall.</source>
            <comment>exercise[HF3].steps[3]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stand in a doorway and rest one forearm on the frame, elbow at shoulder height.</source>
            <comment>exercise[CH1].steps[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Step through with the leg on the same side until the front of your chest and shoulder feel a gentle stretch.</source>
            <comment>exercise[CH1].steps[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Hold, breathing easily, then change arms.</source>
            <comment>exercise[CH1].steps[2]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>To shift the stretch, slide the elbow a little higher up the frame.</source>
            <comment>exercise[CH1].steps[3]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Sit tall towards the front of your chair and lace your fingers behind your head.</source>
            <comment>exercise[CH2].steps[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Draw your elbows and shoulders back until your chest opens; hold and keep breathing.</source>
            <comment>exercise[CH2].steps[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>If hands behind the head feel awkward, let your arms hang by your sides and draw the shoulders back instead.</source>
            <comment>exercise[CH2].steps[2]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Roll a bath towel lengthwise and lie on it on the floor so it runs along your spine, head supported.</source>
            <comment>exercise[CH3].steps[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Bend your knees with feet flat and let your arms rest out to the sides in a T, palms up.</source>
            <comment>exercise[CH3].steps[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stay relaxed and let your chest open. A thinner roll is gentler; bending the arms into a goal-post shape changes the stretch.</source>
            <comment>exercise[CH3].steps[2]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Sit tall with both feet flat on the floor.</source>
            <comment>exercise[GL1].steps[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Squeeze both buttocks firmly and hold for the count.</source>
            <comment>exercise[GL1].steps[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Let go completely, breathe, and squeeze again.</source>
            <comment>exercise[GL1].steps[2]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lie on your back on a mat, knees bent, feet flat and hip-width apart.</source>
            <comment>exercise[GL2].steps[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Press through your heels and lift your hips until knees, hips and shoulders form a line.</source>
            <comment>exercise[GL2].steps[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Pause at the top for two seconds, then lower slowly.</source>
            <comment>exercise[GL2].steps[2]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lie on your back with knees bent, then lift one foot off the floor.</source>
            <comment>exercise[GL3].steps[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Press through the heel still on the floor and lift your hips, keeping the pelvis level.</source>
            <comment>exercise[GL3].steps[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lower slowly; finish the set, then switch legs.</source>
            <comment>exercise[GL3].steps[2]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>For more challenge, rest the working heel on a chair seat instead of the floor.</source>
            <comment>exercise[GL3].steps[3]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lie on your side with hips and knees bent, heels together and in line with your back.</source>
            <comment>exercise[GL4].steps[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Keep your feet touching and lift the top knee, stopping before your pelvis rolls back.</source>
            <comment>exercise[GL4].steps[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lower with control; finish the set, then turn over.</source>
            <comment>exercise[GL4].steps[2]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Start with a small opening; once that feels easy, loop a mini-band just above the knees.</source>
            <comment>exercise[GL4].steps[3]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lie on your side with the lower knee bent for balance and the top leg straight.</source>
            <comment>exercise[GL5].steps[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lift the top leg a little, keeping it slightly behind the line of your body with the toes facing forward.</source>
            <comment>exercise[GL5].steps[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lower slowly; finish the set, then switch sides.</source>
            <comment>exercise[GL5].steps[2]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Easier: bend the top knee. Harder: add a light ankle weight.</source>
            <comment>exercise[GL5].steps[3]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Sit near the front of a steady chair, feet flat and hip-width apart.</source>
            <comment>exercise[GL6].steps[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stand up without using your hands.</source>
            <comment>exercise[GL6].steps[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Sit back down slowly, taking about three seconds on the way down.</source>
            <comment>exercise[GL6].steps[2]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Easier: push lightly off your thighs. Harder: place one foot a little ahead of the other.</source>
            <comment>exercise[GL6].steps[3]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Sit or stand tall with your arms relaxed.</source>
            <comment>exercise[UB1].steps[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Draw your shoulder blades back and down, towards your back pockets, and hold.</source>
            <comment>exercise[UB1].steps[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Let go fully between squeezes and keep your neck long and loose.</source>
            <comment>exercise[UB1].steps[2]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Hold a resistance band in front of your chest with straight arms, or anchor it at chest height for a row.</source>
            <comment>exercise[UB2].steps[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Pull your hands apart, or your elbows back, with your shoulders staying down and away from your ears.</source>
            <comment>exercise[UB2].steps[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Let the band come back slowly, over about three seconds.</source>
            <comment>exercise[UB2].steps[2]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Once a set feels easy, change to a stronger band.</source>
            <comment>exercise[UB2].steps[3]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stand with your head, back and bottom against a wall, arms bent in a goal-post shape against it.</source>
            <comment>exercise[UB3].steps[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Slide your arms slowly up the wall only as far as they stay in contact.</source>
            <comment>exercise[UB3].steps[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Slide them back down under control.</source>
            <comment>exercise[UB3].steps[2]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Easier: do it seated with your back to the wall. Harder: stand and slow the movement right down.</source>
            <comment>exercise[UB3].steps[3]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lie face down on a mat with your forehead on a folded towel and thumbs pointing up.</source>
            <comment>exercise[UB4].steps[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lift both arms a little off the floor in a Y shape and lower them, then do the same in a T and then a W.</source>
            <comment>exercise[UB4].steps[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Keep your neck long and your shoulders away from your ears; one Y, T and W make one repetition.</source>
            <comment>exercise[UB4].steps[2]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Start with a small lift; later hold a light weight of 0.5-1 kg in each hand.</source>
            <comment>exercise[UB4].steps[3]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lie on your side with a rolled towel between your top elbow and your ribs, elbow bent to a right angle.</source>
            <comment>exercise[UB5].steps[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Keep the elbow on the towel and turn your forearm up towards the ceiling.</source>
            <comment>exercise[UB5].steps[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lower slowly; finish the set, then switch sides.</source>
            <comment>exercise[UB5].steps[2]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Begin without a weight; later hold a light dumbbell of 0.5-2 kg.</source>
            <comment>exercise[UB5].steps[3]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Place your hands on a wall at shoulder height and step your feet back a little.</source>
            <comment>exercise[UB6].steps[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Bend your elbows to bring your chest towards the wall, then push back.</source>
            <comment>exercise[UB6].steps[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>At the end, push a little further so your shoulder blades spread apart around your ribs.</source>
            <comment>exercise[UB6].steps[2]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Easier: stand closer to the wall. Harder: use the edge of a sturdy desk instead of the wall.</source>
            <comment>exercise[UB6].steps[3]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Sit back in a chair whose backrest reaches your mid-back and rest your hands behind your head.</source>
            <comment>exercise[TM1].steps[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lean your upper back over the top of the backrest, lifting your chest towards the ceiling.</source>
            <comment>exercise[TM1].steps[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Come back upright and repeat, staying in a comfortable range.</source>
            <comment>exercise[TM1].steps[2]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Start with a small arc; later place a rolled towel behind your upper back to lean over.</source>
            <comment>exercise[TM1].steps[3]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lie on your side with knees bent in front of you and both arms straight out ahead, palms together.</source>
            <comment>exercise[TM2].steps[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Sweep the top arm up and over to the other side, letting your chest and eyes follow it.</source>
            <comment>exercise[TM2].steps[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Return slowly; finish the set, then switch sides.</source>
            <comment>exercise[TM2].steps[2]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Start with a small arc; later pause for five seconds at the most open point.</source>
            <comment>exercise[TM2].steps[3]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Sit on the front edge of your chair with one leg out straight, heel on the floor and toes up.</source>
            <comment>exercise[HS1].steps[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Keep your back long and lean forward from the hips until the back of the thigh feels a gentle stretch.</source>
            <comment>exercise[HS1].steps[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Hold and breathe, then change legs. If the stretch feels strong, soften the knee a little.</source>
            <comment>exercise[HS1].steps[2]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stand facing a steady chair and rest one heel on the seat with the leg straight.</source>
            <comment>exercise[HS2].steps[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Keep your back flat and tip forward from the hips until the back of the thigh feels a gentle stretch.</source>
            <comment>exercise[HS2].steps[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Hold, then change legs.</source>
            <comment>exercise[HS2].steps[2]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>At home, lying on your back with a strap around the foot is a further option.</source>
            <comment>exercise[HS2].steps[3]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stand tall and place one heel a small step in front of you, leg straight and toes up; bend the back knee a little.</source>
            <comment>exercise[HS3].steps[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Rest your hands on your thighs, keep your back long and tip forward from the hips until the back of the front thigh feels a gentle stretch.</source>
            <comment>exercise[HS3].steps[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Hold and breathe, then change legs. If the stretch feels strong, soften the front knee.</source>
            <comment>exercise[HS3].steps[2]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Sit tall and look straight ahead.</source>
            <comment>exercise[NK1].steps[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Glide your chin straight back, as if making a double chin, without tipping your head down.</source>
            <comment>exercise[NK1].steps[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Hold, then relax forward again.</source>
            <comment>exercise[NK1].steps[2]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>An easier start: lie on your back and make a small nod instead.</source>
            <comment>exercise[NK1].steps[3]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Sit tall and tuck one hand under your thigh to keep that shoulder down.</source>
            <comment>exercise[NK2].steps[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Tip your ear towards the other shoulder until the side of your neck feels a gentle stretch.</source>
            <comment>exercise[NK2].steps[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Hold, come back to the middle slowly, then switch sides.</source>
            <comment>exercise[NK2].steps[2]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>For a little more stretch, rest your free hand lightly on your head without pulling.</source>
            <comment>exercise[NK2].steps[3]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lie on your back on a mat with your knees bent.</source>
            <comment>exercise[NK3].steps[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Tuck your chin gently, then lift your head about two centimetres off the floor.</source>
            <comment>exercise[NK3].steps[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Hold, then lower your head and rest before the next one. As it gets easier, hold a little longer.</source>
            <comment>exercise[NK3].steps[2]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stand up and walk at an easy pace: along the corridor, up a flight of stairs or around the room.</source>
            <comment>exercise[MV1].steps[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Keep moving for the whole time, then settle back in.</source>
            <comment>exercise[MV1].steps[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Skip it if your hip or knee hurts.</source>
            <comment>exercise[HF1].cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>If kneeling bothers your knee, do the standing version (HF1) instead.</source>
            <comment>exercise[HF2].cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Skip it if your hip or knee hurts.</source>
            <comment>exercise[HF3].cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Leave it out if your shoulder has ever slipped out of place or feels unsteady.</source>
            <comment>exercise[CH1].cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Done lying on your back: in later pregnancy the coach picks another chest stretch.</source>
            <comment>exercise[CH3].cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Done lying on your back: in later pregnancy the coach picks another glute exercise.</source>
            <comment>exercise[GL2].cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Done lying on your back: in later pregnancy the coach picks another glute exercise.</source>
            <comment>exercise[GL3].cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>If your knees complain, use a higher seat.</source>
            <comment>exercise[GL6].cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>If your neck feels worse, switch to a lighter band.</source>
            <comment>exercise[UB2].cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stop if your shoulder hurts.</source>
            <comment>exercise[UB3].cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>In pregnancy, do it bent forward with your chest supported on a bench rather than lying face down.</source>
            <comment>exercise[UB4].cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stop if your shoulder hurts.</source>
            <comment>exercise[UB5].cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Skip it if your wrists hurt.</source>
            <comment>exercise[UB6].cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>With osteoporosis, keep the movement small and gentle.</source>
            <comment>exercise[TM1].cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stop if you feel tingling in your leg.</source>
            <comment>exercise[HS1].cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stop if you feel tingling in your leg.</source>
            <comment>exercise[HS2].cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stop if you feel tingling in your leg.</source>
            <comment>exercise[HS3].cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stop if you feel dizzy or notice anything unusual in your arms.</source>
            <comment>exercise[NK1].cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stop if you feel dizzy or notice anything unusual in your arms.</source>
            <comment>exercise[NK2].cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Done lying on your back: in later pregnancy the coach keeps to the seated chin tuck.</source>
            <comment>exercise[NK3].cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stop if you feel dizzy or notice anything unusual in your arms.</source>
            <comment>exercise[NK3].cautions[1]</comment>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
