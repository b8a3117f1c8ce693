<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>library</name>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Standing split-stance hip-flexor stretch</source>
            <comment>exercise[HF1].name</comment>
            <translation>Estiramiento de los flexores de la cadera de pie, en zancada</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Half-kneeling hip-flexor stretch</source>
            <comment>exercise[HF2].name</comment>
            <translation>Estiramiento de los flexores de la cadera con una rodilla en el suelo</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Free-standing hip-flexor stretch</source>
            <comment>exercise[HF3].name</comment>
            <translation>Estiramiento de los flexores de la cadera de pie, sin apoyo</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>One-arm doorway chest stretch</source>
            <comment>exercise[CH1].name</comment>
            <translation>Estiramiento de pectorales con un brazo en el marco de una puerta</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Seated chest opener</source>
            <comment>exercise[CH2].name</comment>
            <translation>Apertura de pecho en la silla</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Towel-roll chest opener</source>
            <comment>exercise[CH3].name</comment>
            <translation>Apertura de pecho sobre una toalla enrollada</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Seated glute squeeze</source>
            <comment>exercise[GL1].name</comment>
            <translation>Contracción de glúteos en la silla</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Glute bridge</source>
            <comment>exercise[GL2].name</comment>
            <translation>Puente de glúteos</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Single-leg bridge</source>
            <comment>exercise[GL3].name</comment>
            <translation>Puente a una pierna</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Clamshell</source>
            <comment>exercise[GL4].name</comment>
            <translation>Almeja</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Side-lying hip abduction</source>
            <comment>exercise[GL5].name</comment>
            <translation>Abducción de cadera de costado</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Chair sit-to-stand</source>
            <comment>exercise[GL6].name</comment>
            <translation>Sentarse y levantarse de la silla</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Shoulder-blade squeeze</source>
            <comment>exercise[UB1].name</comment>
            <translation>Retracción de omóplatos</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Band row or pull-apart</source>
            <comment>exercise[UB2].name</comment>
            <translation>Remo o apertura con banda elástica</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Wall slide</source>
            <comment>exercise[UB3].name</comment>
            <translation>Deslizamiento de brazos en la pared</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Face-down Y-T-W</source>
            <comment>exercise[UB4].name</comment>
            <translation>Y-T-W boca abajo</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Side-lying external rotation</source>
            <comment>exercise[UB5].name</comment>
            <translation>Rotación externa de hombro de costado</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Wall push-up plus</source>
            <comment>exercise[UB6].name</comment>
            <translation>Flexión en la pared con empuje final</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Seated upper-back extension</source>
            <comment>exercise[TM1].name</comment>
            <translation>Extensión de la parte alta de la espalda en la silla</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Open book</source>
            <comment>exercise[TM2].name</comment>
            <translation>Libro abierto</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Seated hamstring stretch</source>
            <comment>exercise[HS1].name</comment>
            <translation>Estiramiento de isquiotibiales en la silla</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Heel-on-chair hamstring stretch</source>
            <comment>exercise[HS2].name</comment>
            <translation>Estiramiento de isquiotibiales con el talón en una silla</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Standing hamstring stretch</source>
            <comment>exercise[HS3].name</comment>
            <translation>Estiramiento de isquiotibiales de pie</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Chin tuck</source>
            <comment>exercise[NK1].name</comment>
            <translation>Retracción de barbilla</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Upper-trapezius stretch</source>
            <comment>exercise[NK2].name</comment>
            <translation>Estiramiento del trapecio superior</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Chin-tuck head lift</source>
            <comment>exercise[NK3].name</comment>
            <translation>Elevación de cabeza con retracción de barbilla</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Walk break</source>
            <comment>exercise[MV1].name</comment>
            <translation>Pausa para caminar</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Rest one hand on your desk and take a long step back, both feet pointing forward.</source>
            <comment>exercise[HF1].steps[0]</comment>
            <translation>Apoya una mano en el escritorio y da un paso largo hacia atrás, con los dos pies mirando al frente.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Tuck your tailbone under and squeeze the buttock of the back leg.</source>
            <comment>exercise[HF1].steps[1]</comment>
            <translation>Lleva el coxis hacia abajo y aprieta el glúteo de la pierna de atrás.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Ease your weight forward until the front of the back hip feels a mild stretch; hold and breathe normally.</source>
            <comment>exercise[HF1].steps[2]</comment>
            <translation>Lleva el peso hacia delante poco a poco hasta notar un estiramiento suave en la parte delantera de la cadera de atrás; mantén la postura y respira con normalidad.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Swap legs after each hold. For a gentler stretch, shorten the step.</source>
            <comment>exercise[HF1].steps[3]</comment>
            <translation>Cambia de pierna después de cada estiramiento. Para un estiramiento más suave, acorta el paso.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Kneel on one knee on a cushion, the other foot flat on the floor in front of you.</source>
            <comment>exercise[HF2].steps[0]</comment>
            <translation>Apoya una rodilla en un cojín, con el otro pie bien apoyado en el suelo por delante de ti.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Tuck your tailbone under and reach the arm on the kneeling side up overhead.</source>
            <comment>exercise[HF2].steps[1]</comment>
            <translation>Lleva el coxis hacia abajo y sube por encima de la cabeza el brazo del lado de la rodilla apoyada.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Ease your hips forward until the front of the back hip feels a gentle stretch; hold, then swap sides.</source>
            <comment>exercise[HF2].steps[2]</comment>
            <translation>Lleva la cadera hacia delante poco a poco hasta notar un estiramiento suave en la parte delantera de la cadera de atrás; mantén la postura y luego cambia de lado.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>For more stretch, lean the raised arm over to the other side, or rest the back foot on a chair seat.</source>
            <comment>exercise[HF2].steps[3]</comment>
            <translation>Para estirar más, inclina el brazo levantado hacia el otro lado o apoya el pie de atrás en el asiento de una silla.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stand tall with your hands on your hips and take a long step back, both feet pointing forward.</source>
            <comment>exercise[HF3].steps[0]</comment>
            <translation>Ponte de pie con la espalda erguida y las manos en la cintura, y da un paso largo hacia atrás, con los dos pies mirando al frente.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Tuck your tailbone under and squeeze the buttock of the back leg.</source>
            <comment>exercise[HF3].steps[1]</comment>
            <translation>Lleva el coxis hacia abajo y aprieta el glúteo de la pierna de atrás.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Ease your weight forward until the front of the back hip feels a mild stretch; hold and breathe normally.</source>
            <comment>exercise[HF3].steps[2]</comment>
            <translation>Lleva el peso hacia delante poco a poco hasta notar un estiramiento suave en la parte delantera de la cadera de atrás; mantén la postura y respira con normalidad.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Swap legs after each hold. If your balance wavers, shorten the step or stand beside a wall.</source>
            <comment>exercise[HF3].steps[3]</comment>
            <translation>Cambia de pierna después de cada estiramiento. Si te cuesta mantener el equilibrio, acorta el paso o ponte junto a una pared.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stand in a doorway and rest one forearm on the frame, elbow at shoulder height.</source>
            <comment>exercise[CH1].steps[0]</comment>
            <translation>Colócate en el hueco de una puerta y apoya un antebrazo en el marco, con el codo a la altura del hombro.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Step through with the leg on the same side until the front of your chest and shoulder feel a gentle stretch.</source>
            <comment>exercise[CH1].steps[1]</comment>
            <translation>Da un paso adelante con la pierna del mismo lado hasta notar un estiramiento suave en la parte delantera del pecho y del hombro.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Hold, breathing easily, then change arms.</source>
            <comment>exercise[CH1].steps[2]</comment>
            <translation>Mantén la postura respirando con calma y luego cambia de brazo.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>To shift the stretch, slide the elbow a little higher up the frame.</source>
            <comment>exercise[CH1].steps[3]</comment>
            <translation>Para cambiar la zona que estiras, sube un poco el codo por el marco.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Sit tall towards the front of your chair and lace your fingers behind your head.</source>
            <comment>exercise[CH2].steps[0]</comment>
            <translation>Siéntate en la parte delantera de la silla, con la espalda erguida, y entrelaza los dedos detrás de la cabeza.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Draw your elbows and shoulders back until your chest opens; hold and keep breathing.</source>
            <comment>exercise[CH2].steps[1]</comment>
            <translation>Lleva los codos y los hombros hacia atrás hasta que el pecho se abra; mantén la postura y sigue respirando.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>If hands behind the head feel awkward, let your arms hang by your sides and draw the shoulders back instead.</source>
            <comment>exercise[CH2].steps[2]</comment>
            <translation>Si te resulta incómodo tener las manos detrás de la cabeza, deja los brazos colgando a los lados y lleva los hombros hacia atrás.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Roll a bath towel lengthwise and lie on it on the floor so it runs along your spine, head supported.</source>
            <comment>exercise[CH3].steps[0]</comment>
            <translation>Enrolla una toalla de baño a lo largo y acuéstate en el suelo sobre ella, de forma que recorra tu columna, con la cabeza apoyada.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Bend your knees with feet flat and let your arms rest out to the sides in a T, palms up.</source>
            <comment>exercise[CH3].steps[1]</comment>
            <translation>Dobla las rodillas con los pies apoyados en el suelo y deja descansar los brazos abiertos en forma de T, con las palmas hacia arriba.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stay relaxed and let your chest open. A thinner roll is gentler; bending the arms into a goal-post shape changes the stretch.</source>
            <comment>exercise[CH3].steps[2]</comment>
            <translation>Relájate y deja que el pecho se abra. Con un rollo más fino, el estiramiento es más suave; si doblas los brazos en posición de «manos arriba», cambia la zona que estiras.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Sit tall with both feet flat on the floor.</source>
            <comment>exercise[GL1].steps[0]</comment>
            <translation>Siéntate con la espalda erguida y los dos pies apoyados en el suelo.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Squeeze both buttocks firmly and hold for the count.</source>
            <comment>exercise[GL1].steps[1]</comment>
            <translation>Aprieta con fuerza los dos glúteos y mantén la contracción mientras cuentas.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Let go completely, breathe, and squeeze again.</source>
            <comment>exercise[GL1].steps[2]</comment>
            <translation>Suelta del todo, respira y vuelve a apretar.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lie on your back on a mat, knees bent, feet flat and hip-width apart.</source>
            <comment>exercise[GL2].steps[0]</comment>
            <translation>Acuéstate boca arriba sobre una colchoneta, con las rodillas dobladas y los pies apoyados, separados al ancho de la cadera.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Press through your heels and lift your hips until knees, hips and shoulders form a line.</source>
            <comment>exercise[GL2].steps[1]</comment>
            <translation>Empuja con los talones y sube la cadera hasta que rodillas, cadera y hombros formen una línea.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Pause at the top for two seconds, then lower slowly.</source>
            <comment>exercise[GL2].steps[2]</comment>
            <translation>Haz una pausa de dos segundos arriba y baja despacio.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lie on your back with knees bent, then lift one foot off the floor.</source>
            <comment>exercise[GL3].steps[0]</comment>
            <translation>Acuéstate boca arriba con las rodillas dobladas y levanta un pie del suelo.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Press through the heel still on the floor and lift your hips, keeping the pelvis level.</source>
            <comment>exercise[GL3].steps[1]</comment>
            <translation>Empuja con el talón que sigue en el suelo y sube la cadera, manteniendo la pelvis nivelada.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lower slowly; finish the set, then switch legs.</source>
            <comment>exercise[GL3].steps[2]</comment>
            <translation>Baja despacio; termina la serie y luego cambia de pierna.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>For more challenge, rest the working heel on a chair seat instead of the floor.</source>
            <comment>exercise[GL3].steps[3]</comment>
            <translation>Para hacerlo más exigente, apoya el talón de la pierna que trabaja en el asiento de una silla en lugar del suelo.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lie on your side with hips and knees bent, heels together and in line with your back.</source>
            <comment>exercise[GL4].steps[0]</comment>
            <translation>Acuéstate de costado con las caderas y las rodillas dobladas, los talones juntos y alineados con la espalda.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Keep your feet touching and lift the top knee, stopping before your pelvis rolls back.</source>
            <comment>exercise[GL4].steps[1]</comment>
            <translation>Mantén los pies en contacto y sube la rodilla de arriba; detente antes de que la pelvis gire hacia atrás.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lower with control; finish the set, then turn over.</source>
            <comment>exercise[GL4].steps[2]</comment>
            <translation>Baja con control; termina la serie y luego date la vuelta.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Start with a small opening; once that feels easy, loop a mini-band just above the knees.</source>
            <comment>exercise[GL4].steps[3]</comment>
            <translation>Empieza con una apertura pequeña; cuando te resulte fácil, coloca una minibanda elástica justo por encima de las rodillas.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lie on your side with the lower knee bent for balance and the top leg straight.</source>
            <comment>exercise[GL5].steps[0]</comment>
            <translation>Acuéstate de costado con la rodilla de abajo doblada para mantener el equilibrio y la pierna de arriba estirada.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lift the top leg a little, keeping it slightly behind the line of your body with the toes facing forward.</source>
            <comment>exercise[GL5].steps[1]</comment>
            <translation>Sube un poco la pierna de arriba, llevándola ligeramente por detrás de la línea del cuerpo, con los dedos del pie mirando al frente.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lower slowly; finish the set, then switch sides.</source>
            <comment>exercise[GL5].steps[2]</comment>
            <translation>Baja despacio; termina la serie y luego cambia de lado.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Easier: bend the top knee. Harder: add a light ankle weight.</source>
            <comment>exercise[GL5].steps[3]</comment>
            <translation>Más fácil: dobla la rodilla de arriba. Más difícil: añade una tobillera con un poco de peso.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Sit near the front of a steady chair, feet flat and hip-width apart.</source>
            <comment>exercise[GL6].steps[0]</comment>
            <translation>Siéntate cerca del borde delantero de una silla estable, con los pies apoyados y separados al ancho de la cadera.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stand up without using your hands.</source>
            <comment>exercise[GL6].steps[1]</comment>
            <translation>Levántate sin usar las manos.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Sit back down slowly, taking about three seconds on the way down.</source>
            <comment>exercise[GL6].steps[2]</comment>
            <translation>Vuelve a sentarte despacio, tardando unos tres segundos en bajar.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Easier: push lightly off your thighs. Harder: place one foot a little ahead of the other.</source>
            <comment>exercise[GL6].steps[3]</comment>
            <translation>Más fácil: apóyate un poco con las manos en los muslos. Más difícil: coloca un pie un poco por delante del otro.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Sit or stand tall with your arms relaxed.</source>
            <comment>exercise[UB1].steps[0]</comment>
            <translation>Siéntate o ponte de pie con la espalda erguida y los brazos relajados.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Draw your shoulder blades back and down, towards your back pockets, and hold.</source>
            <comment>exercise[UB1].steps[1]</comment>
            <translation>Lleva los omóplatos hacia atrás y hacia abajo, hacia los bolsillos traseros del pantalón, y mantén la postura.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Let go fully between squeezes and keep your neck long and loose.</source>
            <comment>exercise[UB1].steps[2]</comment>
            <translation>Suelta del todo entre una repetición y otra, con el cuello largo y suelto.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Hold a resistance band in front of your chest with straight arms, or anchor it at chest height for a row.</source>
            <comment>exercise[UB2].steps[0]</comment>
            <translation>Sujeta una banda elástica delante del pecho con los brazos estirados, o fíjala a la altura del pecho para hacer remo.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Pull your hands apart, or your elbows back, with your shoulders staying down and away from your ears.</source>
            <comment>exercise[UB2].steps[1]</comment>
            <translation>Separa las manos, o lleva los codos hacia atrás, con los hombros bajos y lejos de las orejas.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Let the band come back slowly, over about three seconds.</source>
            <comment>exercise[UB2].steps[2]</comment>
            <translation>Deja que la banda vuelva despacio, durante unos tres segundos.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Once a set feels easy, change to a stronger band.</source>
            <comment>exercise[UB2].steps[3]</comment>
            <translation>Cuando una serie te resulte fácil, pasa a una banda más resistente.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stand with your head, back and bottom against a wall, arms bent in a goal-post shape against it.</source>
            <comment>exercise[UB3].steps[0]</comment>
            <translation>Ponte de pie con la cabeza, la espalda y los glúteos contra una pared, y los brazos doblados en posición de «manos arriba», apoyados en ella.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Slide your arms slowly up the wall only as far as they stay in contact.</source>
            <comment>exercise[UB3].steps[1]</comment>
            <translation>Desliza los brazos despacio hacia arriba por la pared, solo hasta donde puedan seguir en contacto con ella.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Slide them back down under control.</source>
            <comment>exercise[UB3].steps[2]</comment>
            <translation>Vuelve a bajarlos con control.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Easier: do it seated with your back to the wall. Harder: stand and slow the movement right down.</source>
            <comment>exercise[UB3].steps[3]</comment>
            <translation>Más fácil: hazlo en la silla, con la espalda contra la pared. Más difícil: hazlo de pie y mucho más despacio.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lie face down on a mat with your forehead on a folded towel and thumbs pointing up.</source>
            <comment>exercise[UB4].steps[0]</comment>
            <translation>Acuéstate boca abajo sobre una colchoneta, con la frente sobre una toalla doblada y los pulgares hacia arriba.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lift both arms a little off the floor in a Y shape and lower them, then do the same in a T and then a W.</source>
            <comment>exercise[UB4].steps[1]</comment>
            <translation>Levanta un poco los dos brazos del suelo formando una Y y bájalos; luego haz lo mismo formando una T y después una W.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Keep your neck long and your shoulders away from your ears; one Y, T and W make one repetition.</source>
            <comment>exercise[UB4].steps[2]</comment>
            <translation>Mantén el cuello largo y los hombros lejos de las orejas; una Y, una T y una W forman una repetición.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Start with a small lift; later hold a light weight of 0.5-1 kg in each hand.</source>
            <comment>exercise[UB4].steps[3]</comment>
            <translation>Empieza levantando poco los brazos; más adelante, sujeta un peso ligero de 0,5 a 1 kg en cada mano.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lie on your side with a rolled towel between your top elbow and your ribs, elbow bent to a right angle.</source>
            <comment>exercise[UB5].steps[0]</comment>
            <translation>Acuéstate de costado con una toalla enrollada entre el codo de arriba y las costillas, y el codo doblado en ángulo recto.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Keep the elbow on the towel and turn your forearm up towards the ceiling.</source>
            <comment>exercise[UB5].steps[1]</comment>
            <translation>Mantén el codo sobre la toalla y gira el antebrazo hacia arriba, en dirección al techo.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lower slowly; finish the set, then switch sides.</source>
            <comment>exercise[UB5].steps[2]</comment>
            <translation>Baja despacio; termina la serie y luego cambia de lado.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Begin without a weight; later hold a light dumbbell of 0.5-2 kg.</source>
            <comment>exercise[UB5].steps[3]</comment>
            <translation>Empieza sin peso; más adelante, sujeta una mancuerna ligera de 0,5 a 2 kg.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Place your hands on a wall at shoulder height and step your feet back a little.</source>
            <comment>exercise[UB6].steps[0]</comment>
            <translation>Apoya las manos en una pared a la altura de los hombros y lleva los pies un poco hacia atrás.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Bend your elbows to bring your chest towards the wall, then push back.</source>
            <comment>exercise[UB6].steps[1]</comment>
            <translation>Dobla los codos para acercar el pecho a la pared y luego empuja para volver.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>At the end, push a little further so your shoulder blades spread apart around your ribs.</source>
            <comment>exercise[UB6].steps[2]</comment>
            <translation>Al final, empuja un poco más para que los omóplatos se separen y se deslicen alrededor de las costillas.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Easier: stand closer to the wall. Harder: use the edge of a sturdy desk instead of the wall.</source>
            <comment>exercise[UB6].steps[3]</comment>
            <translation>Más fácil: ponte más cerca de la pared. Más difícil: usa el borde de un escritorio firme en lugar de la pared.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Sit back in a chair whose backrest reaches your mid-back and rest your hands behind your head.</source>
            <comment>exercise[TM1].steps[0]</comment>
            <translation>Siéntate al fondo de una silla cuyo respaldo te llegue a media espalda y apoya las manos detrás de la cabeza.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lean your upper back over the top of the backrest, lifting your chest towards the ceiling.</source>
            <comment>exercise[TM1].steps[1]</comment>
            <translation>Inclina la parte alta de la espalda hacia atrás sobre el borde del respaldo, llevando el pecho hacia el techo.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Come back upright and repeat, staying in a comfortable range.</source>
            <comment>exercise[TM1].steps[2]</comment>
            <translation>Vuelve a la posición vertical y repite, siempre dentro de un rango cómodo.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Start with a small arc; later place a rolled towel behind your upper back to lean over.</source>
            <comment>exercise[TM1].steps[3]</comment>
            <translation>Empieza con un movimiento pequeño; más adelante, coloca una toalla enrollada detrás de la parte alta de la espalda para inclinarte sobre ella.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lie on your side with knees bent in front of you and both arms straight out ahead, palms together.</source>
            <comment>exercise[TM2].steps[0]</comment>
            <translation>Acuéstate de costado con las rodillas dobladas por delante y los dos brazos estirados al frente, con las palmas juntas.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Sweep the top arm up and over to the other side, letting your chest and eyes follow it.</source>
            <comment>exercise[TM2].steps[1]</comment>
            <translation>Lleva el brazo de arriba en un arco hacia el otro lado, dejando que el pecho y la mirada lo sigan.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Return slowly; finish the set, then switch sides.</source>
            <comment>exercise[TM2].steps[2]</comment>
            <translation>Vuelve despacio; termina la serie y luego cambia de lado.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Start with a small arc; later pause for five seconds at the most open point.</source>
            <comment>exercise[TM2].steps[3]</comment>
            <translation>Empieza con un arco pequeño; más adelante, haz una pausa de cinco segundos en el punto de mayor apertura.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Sit on the front edge of your chair with one leg out straight, heel on the floor and toes up.</source>
            <comment>exercise[HS1].steps[0]</comment>
            <translation>Siéntate en el borde delantero de la silla con una pierna estirada, el talón en el suelo y los dedos del pie hacia arriba.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Keep your back long and lean forward from the hips until the back of the thigh feels a gentle stretch.</source>
            <comment>exercise[HS1].steps[1]</comment>
            <translation>Mantén la espalda larga e inclínate hacia delante desde la cadera hasta notar un estiramiento suave en la parte de atrás del muslo.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Hold and breathe, then change legs. If the stretch feels strong, soften the knee a little.</source>
            <comment>exercise[HS1].steps[2]</comment>
            <translation>Mantén la postura y respira; luego cambia de pierna. Si notas un estiramiento fuerte, dobla un poco la rodilla.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stand facing a steady chair and rest one heel on the seat with the leg straight.</source>
            <comment>exercise[HS2].steps[0]</comment>
            <translation>Ponte de pie frente a una silla estable y apoya un talón en el asiento, con la pierna estirada.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Keep your back flat and tip forward from the hips until the back of the thigh feels a gentle stretch.</source>
            <comment>exercise[HS2].steps[1]</comment>
            <translation>Mantén la espalda recta e inclínate hacia delante desde la cadera hasta notar un estiramiento suave en la parte de atrás del muslo.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Hold, then change legs.</source>
            <comment>exercise[HS2].steps[2]</comment>
            <translation>Mantén la postura y luego cambia de pierna.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>At home, lying on your back with a strap around the foot is a further option.</source>
            <comment>exercise[HS2].steps[3]</comment>
            <translation>En casa, otra opción es hacerlo boca arriba con una cinta alrededor del pie.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stand tall and place one heel a small step in front of you, leg straight and toes up; bend the back knee a little.</source>
            <comment>exercise[HS3].steps[0]</comment>
            <translation>Ponte de pie con la espalda erguida y coloca un talón un paso corto por delante de ti, con la pierna estirada y los dedos del pie hacia arriba; dobla un poco la rodilla de atrás.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Rest your hands on your thighs, keep your back long and tip forward from the hips until the back of the front thigh feels a gentle stretch.</source>
            <comment>exercise[HS3].steps[1]</comment>
            <translation>Apoya las manos en los muslos, mantén la espalda larga e inclínate hacia delante desde la cadera hasta notar un estiramiento suave en la parte de atrás del muslo de delante.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Hold and breathe, then change legs. If the stretch feels strong, soften the front knee.</source>
            <comment>exercise[HS3].steps[2]</comment>
            <translation>Mantén la postura y respira; luego cambia de pierna. Si notas un estiramiento fuerte, dobla un poco la rodilla de delante.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Sit tall and look straight ahead.</source>
            <comment>exercise[NK1].steps[0]</comment>
            <translation>Siéntate con la espalda erguida y mira al frente.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Glide your chin straight back, as if making a double chin, without tipping your head down.</source>
            <comment>exercise[NK1].steps[1]</comment>
            <translation>Lleva la barbilla recta hacia atrás, como si hicieras doble papada, sin bajar la cabeza.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Hold, then relax forward again.</source>
            <comment>exercise[NK1].steps[2]</comment>
            <translation>Mantén la postura y luego relaja el cuello hacia delante.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>An easier start: lie on your back and make a small nod instead.</source>
            <comment>exercise[NK1].steps[3]</comment>
            <translation>Una forma más fácil de empezar: acuéstate boca arriba y haz un pequeño gesto de asentir con la cabeza.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Sit tall and tuck one hand under your thigh to keep that shoulder down.</source>
            <comment>exercise[NK2].steps[0]</comment>
            <translation>Siéntate con la espalda erguida y mete una mano bajo el muslo para mantener ese hombro abajo.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Tip your ear towards the other shoulder until the side of your neck feels a gentle stretch.</source>
            <comment>exercise[NK2].steps[1]</comment>
            <translation>Inclina la oreja hacia el otro hombro hasta notar un estiramiento suave en el lateral del cuello.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Hold, come back to the middle slowly, then switch sides.</source>
            <comment>exercise[NK2].steps[2]</comment>
            <translation>Mantén la postura, vuelve despacio al centro y luego cambia de lado.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>For a little more stretch, rest your free hand lightly on your head without pulling.</source>
            <comment>exercise[NK2].steps[3]</comment>
            <translation>Para estirar un poco más, apoya con suavidad la mano libre sobre la cabeza, sin tirar.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Lie on your back on a mat with your knees bent.</source>
            <comment>exercise[NK3].steps[0]</comment>
            <translation>Acuéstate boca arriba sobre una colchoneta, con las rodillas dobladas.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Tuck your chin gently, then lift your head about two centimetres off the floor.</source>
            <comment>exercise[NK3].steps[1]</comment>
            <translation>Mete la barbilla con suavidad y luego levanta la cabeza unos dos centímetros del suelo.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Hold, then lower your head and rest before the next one. As it gets easier, hold a little longer.</source>
            <comment>exercise[NK3].steps[2]</comment>
            <translation>Mantén la postura, baja la cabeza y descansa antes de la siguiente repetición. Cuando te resulte más fácil, mantén un poco más.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stand up and walk at an easy pace: along the corridor, up a flight of stairs or around the room.</source>
            <comment>exercise[MV1].steps[0]</comment>
            <translation>Levántate y camina a un ritmo tranquilo: por el pasillo, subiendo un tramo de escaleras o dando una vuelta por la habitación.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Keep moving for the whole time, then settle back in.</source>
            <comment>exercise[MV1].steps[1]</comment>
            <translation>Sigue en movimiento todo el tiempo y luego vuelve a tu sitio con calma.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Skip it if your hip or knee hurts.</source>
            <comment>exercise[HF1].cautions[0]</comment>
            <translation>Omítelo si te duele la cadera o la rodilla.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>If kneeling bothers your knee, do the standing version (HF1) instead.</source>
            <comment>exercise[HF2].cautions[0]</comment>
            <translation>Si apoyar la rodilla te molesta, haz en su lugar la versión de pie (HF1).</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Skip it if your hip or knee hurts.</source>
            <comment>exercise[HF3].cautions[0]</comment>
            <translation>Omítelo si te duele la cadera o la rodilla.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Leave it out if your shoulder has ever slipped out of place or feels unsteady.</source>
            <comment>exercise[CH1].cautions[0]</comment>
            <translation>No lo hagas si alguna vez se te ha salido el hombro o lo notas inestable.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Done lying on your back: in later pregnancy the coach picks another chest stretch.</source>
            <comment>exercise[CH3].cautions[0]</comment>
            <translation>Se hace boca arriba: en la etapa avanzada del embarazo, Desk Coach elige otro estiramiento de pecho.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Done lying on your back: in later pregnancy the coach picks another glute exercise.</source>
            <comment>exercise[GL2].cautions[0]</comment>
            <translation>Se hace boca arriba: en la etapa avanzada del embarazo, Desk Coach elige otro ejercicio de glúteos.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Done lying on your back: in later pregnancy the coach picks another glute exercise.</source>
            <comment>exercise[GL3].cautions[0]</comment>
            <translation>Se hace boca arriba: en la etapa avanzada del embarazo, Desk Coach elige otro ejercicio de glúteos.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>If your knees complain, use a higher seat.</source>
            <comment>exercise[GL6].cautions[0]</comment>
            <translation>Si te molestan las rodillas, usa un asiento más alto.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>If your neck feels worse, switch to a lighter band.</source>
            <comment>exercise[UB2].cautions[0]</comment>
            <translation>Si el cuello te molesta más, cambia a una banda más suave.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stop if your shoulder hurts.</source>
            <comment>exercise[UB3].cautions[0]</comment>
            <translation>Detente si te duele el hombro.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>In pregnancy, do it bent forward with your chest supported on a bench rather than lying face down.</source>
            <comment>exercise[UB4].cautions[0]</comment>
            <translation>Durante el embarazo, hazlo inclinándote hacia delante con el pecho apoyado en un banco, en lugar de boca abajo.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stop if your shoulder hurts.</source>
            <comment>exercise[UB5].cautions[0]</comment>
            <translation>Detente si te duele el hombro.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Skip it if your wrists hurt.</source>
            <comment>exercise[UB6].cautions[0]</comment>
            <translation>Omítelo si te duelen las muñecas.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>With osteoporosis, keep the movement small and gentle.</source>
            <comment>exercise[TM1].cautions[0]</comment>
            <translation>Si tienes osteoporosis, haz el movimiento pequeño y suave.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stop if you feel tingling in your leg.</source>
            <comment>exercise[HS1].cautions[0]</comment>
            <translation>Detente si notas hormigueo en la pierna.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stop if you feel tingling in your leg.</source>
            <comment>exercise[HS2].cautions[0]</comment>
            <translation>Detente si notas hormigueo en la pierna.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stop if you feel tingling in your leg.</source>
            <comment>exercise[HS3].cautions[0]</comment>
            <translation>Detente si notas hormigueo en la pierna.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stop if you feel dizzy or notice anything unusual in your arms.</source>
            <comment>exercise[NK1].cautions[0]</comment>
            <translation>Detente si te mareas o notas algo raro en los brazos.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stop if you feel dizzy or notice anything unusual in your arms.</source>
            <comment>exercise[NK2].cautions[0]</comment>
            <translation>Detente si te mareas o notas algo raro en los brazos.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Done lying on your back: in later pregnancy the coach keeps to the seated chin tuck.</source>
            <comment>exercise[NK3].cautions[0]</comment>
            <translation>Se hace boca arriba: en la etapa avanzada del embarazo, Desk Coach propone solo la retracción de barbilla en la silla.</translation>
        </message>
        <message>
            <location filename="../../resources/exercises/library.toml" line="0" />
            <source>Stop if you feel dizzy or notice anything unusual in your arms.</source>
            <comment>exercise[NK3].cautions[1]</comment>
            <translation>Detente si te mareas o notas algo raro en los brazos.</translation>
        </message>
    </context>
    <context>
        <name>screen</name>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Desk Coach reminds you to get up from your desk and suggests short stretches and strength moves that may help you feel less stiff. This self-check takes about five minutes: a few questions, then five simple movement checks that help pick your first moves.</source>
            <comment>intro.about</comment>
            <translation>Desk Coach te recuerda que te levantes del escritorio y te propone estiramientos breves y ejercicios de fuerza que pueden ayudarte a notar menos rigidez. Esta autoevaluación dura unos cinco minutos: unas pocas preguntas y después cinco pruebas de movimiento sencillas que ayudan a elegir tus primeros ejercicios.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Desk Coach gives general fitness and wellness information. It is not medical advice, and it cannot tell you what causes any pain or treat a health problem. If you have a health condition, are pregnant, or are unsure whether exercise suits you, check with a doctor or physiotherapist first. Stop any movement that causes pain, dizziness, chest discomfort or breathlessness. In an emergency, call your local emergency number.</source>
            <comment>intro.disclaimer</comment>
            <translation>Desk Coach ofrece información general sobre actividad física y bienestar, no consejo médico: no puede decirte qué causa un dolor ni tratar un problema de salud. Si tienes algún problema de salud, estás embarazada o no sabes con seguridad si el ejercicio es adecuado para ti, consulta antes con un médico o fisioterapeuta. Detén cualquier movimiento que te cause dolor, mareo, molestias en el pecho o falta de aire. En caso de emergencia, llama al número de emergencias local.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>I understand that Desk Coach is not medical advice</source>
            <comment>intro.acknowledge</comment>
            <translation>Entiendo que Desk Coach no ofrece consejo médico</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>I sit at a desk most of the day</source>
            <comment>lifestyles.desk_worker</comment>
            <translation>Paso la mayor parte del día en el escritorio</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>I walk a lot</source>
            <comment>lifestyles.walker</comment>
            <translation>Camino mucho</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>I run</source>
            <comment>lifestyles.runner</comment>
            <translation>Salgo a correr</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>I dance, or I am very flexible</source>
            <comment>lifestyles.dancer</comment>
            <translation>Bailo o soy muy flexible</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>I train for a sport</source>
            <comment>lifestyles.athlete</comment>
            <translation>Entreno para un deporte</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>How you feel right now</source>
            <comment>groups.emergency.heading</comment>
            <translation>Cómo te sientes ahora mismo</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Your health</source>
            <comment>groups.parq.heading</comment>
            <translation>Tu salud</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>The last few months</source>
            <comment>groups.prompt.heading</comment>
            <translation>Los últimos meses</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Pregnancy</source>
            <comment>groups.pregnancy.heading</comment>
            <translation>Embarazo</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Answer for today. A yes here means please get help first.</source>
            <comment>groups.emergency.intro</comment>
            <translation>Responde pensando en hoy. Si respondes «sí» a alguna, busca ayuda antes de seguir.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>These questions come from a standard readiness check for physical activity.</source>
            <comment>groups.parq.intro</comment>
            <translation>Estas preguntas vienen de un cuestionario estándar sobre la aptitud para la actividad física.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>A yes pauses some moves until a doctor or physiotherapist has had a look.</source>
            <comment>groups.prompt.intro</comment>
            <translation>Un «sí» pone en pausa algunos ejercicios hasta que te vea un médico o fisioterapeuta.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>This lets Desk Coach pick moves that suit you.</source>
            <comment>groups.pregnancy.intro</comment>
            <translation>Así Desk Coach puede elegir ejercicios adecuados para ti.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Do you have chest pain, pressure or tightness right now?</source>
            <comment>red_flag[em_chest_pain].question</comment>
            <translation>¿Tienes ahora mismo dolor, presión u opresión en el pecho?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Have you fainted or blacked out in the last few days?</source>
            <comment>red_flag[em_fainting].question</comment>
            <translation>¿Te has desmayado o has perdido el conocimiento en los últimos días?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Have you recently had new trouble controlling your bladder or bowels?</source>
            <comment>red_flag[em_bladder_bowel].question</comment>
            <translation>¿Has empezado hace poco a tener problemas para controlar la vejiga o el intestino?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Is there new numbness around your groin, buttocks or inner thighs?</source>
            <comment>red_flag[em_saddle_numbness].question</comment>
            <translation>¿Notas un adormecimiento nuevo alrededor de la ingle, los glúteos o la cara interna de los muslos?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Are your legs getting weaker from day to day?</source>
            <comment>red_flag[em_leg_weakness].question</comment>
            <translation>¿Sientes que tus piernas están cada día más débiles?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Has a doctor ever said you have a heart condition or high blood pressure?</source>
            <comment>red_flag[parq_heart].question</comment>
            <translation>¿Alguna vez te ha dicho un médico que tienes una enfermedad del corazón o la presión arterial alta?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Do you get chest pain at rest, in daily life or when you are active?</source>
            <comment>red_flag[parq_chest_pain].question</comment>
            <translation>¿Sientes dolor en el pecho en reposo, en tu día a día o cuando haces actividad física?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>In the last 12 months, have you lost your balance from dizziness, or fainted?</source>
            <comment>red_flag[parq_dizziness].question</comment>
            <translation>En los últimos 12 meses, ¿has perdido el equilibrio por un mareo o te has desmayado?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Do you have any other long-term medical condition?</source>
            <comment>red_flag[parq_other_condition].question</comment>
            <translation>¿Tienes algún otro problema de salud crónico?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Do you take prescribed medicine for a long-term condition?</source>
            <comment>red_flag[parq_medication].question</comment>
            <translation>¿Tomas algún medicamento con receta para un problema de salud crónico?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>In the last 12 months, have you had a bone, joint or muscle problem that more activity could make worse?</source>
            <comment>red_flag[parq_bone_joint].question</comment>
            <translation>En los últimos 12 meses, ¿has tenido algún problema de huesos, articulaciones o músculos que podría empeorar con más actividad?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Has a doctor told you to exercise only under medical supervision?</source>
            <comment>red_flag[parq_supervised].question</comment>
            <translation>¿Te ha dicho un médico que solo hagas ejercicio bajo supervisión médica?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Do you have numbness, tingling or weakness in your arms or hands?</source>
            <comment>red_flag[pr_arm_nerves].question</comment>
            <translation>¿Tienes adormecimiento, hormigueo o debilidad en los brazos o las manos?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Do you have numbness, tingling or weakness in your legs or feet?</source>
            <comment>red_flag[pr_leg_nerves].question</comment>
            <translation>¿Tienes adormecimiento, hormigueo o debilidad en las piernas o los pies?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Does neck pain come with a severe headache, dizziness or changes in your sight?</source>
            <comment>red_flag[pr_neck_headache].question</comment>
            <translation>¿Tienes dolor de cuello acompañado de un dolor de cabeza fuerte, mareo o cambios en la vista?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Do you have back pain at the moment?</source>
            <comment>red_flag[pr_back_pain].question</comment>
            <translation>¿Tienes dolor de espalda en este momento?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Do you have osteoporosis (thin bones), or have you taken steroid tablets for a long time?</source>
            <comment>red_flag[pr_osteoporosis].question</comment>
            <translation>¿Tienes osteoporosis (huesos frágiles) o has tomado corticoides en pastillas durante mucho tiempo?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Have you had an injury, a bad fall or an operation in the last 6 months?</source>
            <comment>red_flag[pr_injury_surgery].question</comment>
            <translation>¿Has tenido una lesión, una caída fuerte o una operación en los últimos 6 meses?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Have you had weight loss you cannot explain, a fever, or pain that wakes you at night?</source>
            <comment>red_flag[pr_general_signs].question</comment>
            <translation>¿Has perdido peso sin motivo aparente, has tenido fiebre o tienes un dolor que te despierta por la noche?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Have you ever been treated for cancer?</source>
            <comment>red_flag[pr_cancer].question</comment>
            <translation>¿Has recibido alguna vez tratamiento contra el cáncer?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Are you pregnant?</source>
            <comment>red_flag[pregnant].question</comment>
            <translation>¿Estás embarazada?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Have you given birth in the last 6 months?</source>
            <comment>red_flag[postpartum].question</comment>
            <translation>¿Has dado a luz en los últimos 6 meses?</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>chest pain</source>
            <comment>red_flag[em_chest_pain].symptom</comment>
            <translation>dolor en el pecho</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>fainting</source>
            <comment>red_flag[em_fainting].symptom</comment>
            <translation>desmayos</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>new bladder or bowel trouble</source>
            <comment>red_flag[em_bladder_bowel].symptom</comment>
            <translation>problemas nuevos para controlar la vejiga o el intestino</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>numbness around the groin or buttocks</source>
            <comment>red_flag[em_saddle_numbness].symptom</comment>
            <translation>adormecimiento alrededor de la ingle o los glúteos</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>legs getting weaker</source>
            <comment>red_flag[em_leg_weakness].symptom</comment>
            <translation>piernas cada vez más débiles</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>a heart condition or high blood pressure</source>
            <comment>red_flag[parq_heart].symptom</comment>
            <translation>una enfermedad del corazón o presión arterial alta</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>chest pain</source>
            <comment>red_flag[parq_chest_pain].symptom</comment>
            <translation>dolor en el pecho</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>dizziness or fainting</source>
            <comment>red_flag[parq_dizziness].symptom</comment>
            <translation>mareos o desmayos</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>a long-term medical condition</source>
            <comment>red_flag[parq_other_condition].symptom</comment>
            <translation>un problema de salud crónico</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>medicine for a long-term condition</source>
            <comment>red_flag[parq_medication].symptom</comment>
            <translation>medicamentos para un problema de salud crónico</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>a bone, joint or muscle problem</source>
            <comment>red_flag[parq_bone_joint].symptom</comment>
            <translation>un problema de huesos, articulaciones o músculos</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>advice to exercise only under supervision</source>
            <comment>red_flag[parq_supervised].symptom</comment>
            <translation>la indicación de hacer ejercicio solo bajo supervisión</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>numbness, tingling or weakness in your arms</source>
            <comment>red_flag[pr_arm_nerves].symptom</comment>
            <translation>adormecimiento, hormigueo o debilidad en los brazos</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>numbness, tingling or weakness in your legs</source>
            <comment>red_flag[pr_leg_nerves].symptom</comment>
            <translation>adormecimiento, hormigueo o debilidad en las piernas</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>neck pain with headache, dizziness or sight changes</source>
            <comment>red_flag[pr_neck_headache].symptom</comment>
            <translation>dolor de cuello con dolor de cabeza, mareo o cambios en la vista</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>back pain</source>
            <comment>red_flag[pr_back_pain].symptom</comment>
            <translation>dolor de espalda</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>osteoporosis or long-term steroid use</source>
            <comment>red_flag[pr_osteoporosis].symptom</comment>
            <translation>osteoporosis o un uso prolongado de corticoides</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>a recent injury, fall or operation</source>
            <comment>red_flag[pr_injury_surgery].symptom</comment>
            <translation>una lesión, caída u operación reciente</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>unexplained weight loss, fever or night pain</source>
            <comment>red_flag[pr_general_signs].symptom</comment>
            <translation>pérdida de peso sin motivo aparente, fiebre o dolor nocturno</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>a history of cancer</source>
            <comment>red_flag[pr_cancer].symptom</comment>
            <translation>antecedentes de cáncer</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>pregnancy</source>
            <comment>red_flag[pregnant].symptom</comment>
            <translation>embarazo</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>a recent birth</source>
            <comment>red_flag[postpartum].symptom</comment>
            <translation>un parto reciente</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Front-of-hip check</source>
            <comment>item[S1].name</comment>
            <translation>Prueba de la parte delantera de la cadera</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Wall angel</source>
            <comment>item[S2].name</comment>
            <translation>Ángel en la pared</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Wall head check</source>
            <comment>item[S3].name</comment>
            <translation>Prueba de la cabeza en la pared</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Single-leg bridge</source>
            <comment>item[S4].name</comment>
            <translation>Puente a una pierna</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Toe touch</source>
            <comment>item[S5].name</comment>
            <translation>Tocar el suelo</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Neck hold</source>
            <comment>item[S6].name</comment>
            <translation>Aguante del cuello</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>How far the front of the hip lets the thigh drop.</source>
            <comment>item[S1].looks_at</comment>
            <translation>Hasta dónde deja bajar el muslo la parte delantera de la cadera.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>How freely your chest, shoulders and upper back let your arms move.</source>
            <comment>item[S2].looks_at</comment>
            <translation>Con qué libertad el pecho, los hombros y la parte alta de la espalda dejan moverse a los brazos.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>How easily your head sits back over your shoulders.</source>
            <comment>item[S3].looks_at</comment>
            <translation>Con qué facilidad la cabeza se coloca hacia atrás, sobre los hombros.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>How long your buttock and thigh muscles keep going.</source>
            <comment>item[S4].looks_at</comment>
            <translation>Cuánto aguantan los músculos de los glúteos y del muslo.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>How far the backs of your legs and your lower back let you bend.</source>
            <comment>item[S5].looks_at</comment>
            <translation>Cuánto te dejan inclinarte la parte de atrás de las piernas y la zona lumbar.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>How long the small muscles at the front of your neck can hold your head.</source>
            <comment>item[S6].looks_at</comment>
            <translation>Cuánto tiempo pueden sostener la cabeza los pequeños músculos de la parte delantera del cuello.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Sit on the edge of a firm bed or table.</source>
            <comment>item[S1].steps[0]</comment>
            <translation>Siéntate en el borde de una cama o una mesa firme.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Hug one knee to your chest and roll back onto your back.</source>
            <comment>item[S1].steps[1]</comment>
            <translation>Abraza una rodilla contra el pecho y rueda hacia atrás hasta apoyar la espalda.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Let the other leg hang over the edge and relax it.</source>
            <comment>item[S1].steps[2]</comment>
            <translation>Deja la otra pierna colgando por el borde y relájala.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Score the hanging leg, then swap sides.</source>
            <comment>item[S1].steps[3]</comment>
            <translation>Puntúa la pierna que cuelga y luego cambia de lado.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Sit with your back and head against a wall.</source>
            <comment>item[S2].steps[0]</comment>
            <translation>Siéntate con la espalda y la cabeza apoyadas en una pared.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Raise your arms like goal posts: elbows at shoulder height, bent at a right angle.</source>
            <comment>item[S2].steps[1]</comment>
            <translation>Levanta los brazos en posición de «manos arriba»: codos a la altura de los hombros y doblados en ángulo recto.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Slowly slide your arms up the wall and back down.</source>
            <comment>item[S2].steps[2]</comment>
            <translation>Desliza los brazos despacio hacia arriba por la pared y vuelve a bajarlos.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Notice what stays touching the wall on each side.</source>
            <comment>item[S2].steps[3]</comment>
            <translation>Fíjate en qué partes siguen tocando la pared en cada lado.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Stand with heels, buttocks and upper back against a wall.</source>
            <comment>item[S3].steps[0]</comment>
            <translation>Ponte de pie con los talones, los glúteos y la parte alta de la espalda contra una pared.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Keep your chin level, as if looking straight ahead.</source>
            <comment>item[S3].steps[1]</comment>
            <translation>Mantén la barbilla nivelada, como si miraras al frente.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Let the back of your head move back towards the wall.</source>
            <comment>item[S3].steps[2]</comment>
            <translation>Deja que la parte de atrás de la cabeza se acerque a la pared.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Lie on your back, one heel on a chair seat, the other leg lifted, arms crossed.</source>
            <comment>item[S4].steps[0]</comment>
            <translation>Acuéstate boca arriba, con un talón en el asiento de una silla, la otra pierna levantada y los brazos cruzados.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Push through the heel to lift your hips, then lower them.</source>
            <comment>item[S4].steps[1]</comment>
            <translation>Empuja con el talón para subir la cadera y luego bájala.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Count the lifts until you tire or your hips tip to one side.</source>
            <comment>item[S4].steps[2]</comment>
            <translation>Cuenta las elevaciones hasta que te canses o la cadera se incline hacia un lado.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Rest, then do the other leg.</source>
            <comment>item[S4].steps[3]</comment>
            <translation>Descansa y luego hazlo con la otra pierna.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Stand with your feet together and your knees straight.</source>
            <comment>item[S5].steps[0]</comment>
            <translation>Ponte de pie con los pies juntos y las rodillas estiradas.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Slowly reach down towards the floor. No bouncing.</source>
            <comment>item[S5].steps[1]</comment>
            <translation>Baja despacio las manos hacia el suelo. Sin rebotes.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Notice how close your fingertips get to the floor.</source>
            <comment>item[S5].steps[2]</comment>
            <translation>Fíjate en cuánto se acercan las yemas de los dedos al suelo.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Lie on your back with your knees bent.</source>
            <comment>item[S6].steps[0]</comment>
            <translation>Acuéstate boca arriba con las rodillas dobladas.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Gently tuck your chin in, as if nodding.</source>
            <comment>item[S6].steps[1]</comment>
            <translation>Mete la barbilla con suavidad, como si asintieras.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Lift your head a finger's width off the floor and time how long you hold it.</source>
            <comment>item[S6].steps[2]</comment>
            <translation>Levanta la cabeza del suelo el ancho de un dedo y mide cuánto tiempo la mantienes.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Stop when your chin pokes out or your head drops.</source>
            <comment>item[S6].steps[3]</comment>
            <translation>Detente cuando la barbilla se vaya hacia delante o la cabeza baje.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>leg</source>
            <comment>item[S1].side_label</comment>
            <translation>pierna</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>arm</source>
            <comment>item[S2].side_label</comment>
            <translation>brazo</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>leg</source>
            <comment>item[S4].side_label</comment>
            <translation>pierna</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>stretching the front of your hips</source>
            <comment>item[S1].focus</comment>
            <translation>estirar la parte delantera de las caderas</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>opening your chest and upper back</source>
            <comment>item[S2].focus</comment>
            <translation>abrir el pecho y la parte alta de la espalda</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>neck and upper-back moves</source>
            <comment>item[S3].focus</comment>
            <translation>ejercicios para el cuello y la parte alta de la espalda</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>strengthening your glutes</source>
            <comment>item[S4].focus</comment>
            <translation>fortalecer los glúteos</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>stretching the backs of your legs</source>
            <comment>item[S5].focus</comment>
            <translation>estirar la parte de atrás de las piernas</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>neck and upper-back moves</source>
            <comment>item[S6].focus</comment>
            <translation>ejercicios para el cuello y la parte alta de la espalda</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>The thigh rests on the bed and the knee bends to about a right angle.</source>
            <comment>item[S1].choice[2].text</comment>
            <translation>El muslo se apoya en la cama y la rodilla se dobla más o menos en ángulo recto.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>The thigh rests on the bed but the knee straightens, or the thigh lifts a little.</source>
            <comment>item[S1].choice[1].text</comment>
            <translation>El muslo se apoya en la cama, pero la rodilla se estira, o el muslo se levanta un poco.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>The thigh stays clearly lifted off the bed.</source>
            <comment>item[S1].choice[0].text</comment>
            <translation>El muslo queda claramente levantado de la cama.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Elbow and fingertips, back of the hand and forearm all stay on the wall.</source>
            <comment>item[S2].choice[3].text</comment>
            <translation>Las tres cosas siguen en la pared: el codo y las yemas de los dedos, el dorso de la mano y el antebrazo.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Two of those three stay on the wall.</source>
            <comment>item[S2].choice[2].text</comment>
            <translation>Dos de esos tres siguen en la pared.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Only one of them stays on the wall.</source>
            <comment>item[S2].choice[1].text</comment>
            <translation>Solo uno de ellos sigue en la pared.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>None of them stay on the wall.</source>
            <comment>item[S2].choice[0].text</comment>
            <translation>Ninguno sigue en la pared.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>My head touches the wall easily with my chin level.</source>
            <comment>item[S3].choice[2].text</comment>
            <translation>La cabeza toca la pared con facilidad, con la barbilla nivelada.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>It touches only if I tip my chin up or strain.</source>
            <comment>item[S3].choice[1].text</comment>
            <translation>Solo la toca si levanto la barbilla o hago fuerza.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>My head does not reach the wall.</source>
            <comment>item[S3].choice[0].text</comment>
            <translation>La cabeza no llega a la pared.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>20 lifts or more.</source>
            <comment>item[S4].choice[2].text</comment>
            <translation>20 elevaciones o más.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>10 to 19 lifts.</source>
            <comment>item[S4].choice[1].text</comment>
            <translation>De 10 a 19 elevaciones.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Fewer than 10 lifts.</source>
            <comment>item[S4].choice[0].text</comment>
            <translation>Menos de 10 elevaciones.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>My fingertips reach the floor.</source>
            <comment>item[S5].choice[2].text</comment>
            <translation>Las yemas de los dedos llegan al suelo.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>They stop less than a hand's width (10 cm) from the floor.</source>
            <comment>item[S5].choice[1].text</comment>
            <translation>Se quedan a menos de un ancho de mano (10 cm) del suelo.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>They stop more than a hand's width from the floor.</source>
            <comment>item[S5].choice[0].text</comment>
            <translation>Se quedan a más de un ancho de mano del suelo.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>40 seconds or more (for women, 30 seconds or more).</source>
            <comment>item[S6].choice[2].text</comment>
            <translation>40 segundos o más (en mujeres, 30 segundos o más).</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>From 20 seconds up to that.</source>
            <comment>item[S6].choice[1].text</comment>
            <translation>Entre 20 segundos y esa cifra.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Less than 20 seconds.</source>
            <comment>item[S6].choice[0].text</comment>
            <translation>Menos de 20 segundos.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>clearly limited for now</source>
            <comment>summary.score_words[0]</comment>
            <translation>con una limitación clara por ahora</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>some room to grow</source>
            <comment>summary.score_words[1]</comment>
            <translation>con algo de margen para mejorar</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>moving well</source>
            <comment>summary.score_words[2]</comment>
            <translation>te mueves bien</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>keeping what you have: a few stretches and strength moves each week</source>
            <comment>summary.maintenance</comment>
            <translation>mantener lo que ya tienes: unos pocos estiramientos y ejercicios de fuerza cada semana</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>walk breaks only for now. Once a doctor or physiotherapist says exercise is fine for you, run the self-check again from the tray menu</source>
            <comment>summary.walk_only</comment>
            <translation>por ahora, solo pausas para caminar. Cuando un médico o fisioterapeuta te confirme que puedes hacer ejercicio, vuelve a hacer la autoevaluación desde el menú del icono de la bandeja del sistema</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>your {lower} {side} scored lower than your {higher}</source>
            <comment>summary.asymmetry</comment>
            <translation>tu {side} del lado {lower} ha puntuado más bajo que tu {side} del lado {higher}</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>the moves for your {regions} are back on: this time you answered no to the health questions that paused them, and their movement checks went without pain</source>
            <comment>summary.region_back</comment>
            <translation>los ejercicios de {regions} vuelven a estar activos: esta vez has respondido «no» a las preguntas de salud que los pusieron en pausa, y sus pruebas de movimiento no te han causado dolor</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>stretches and strength moves are back on: this time you answered no to every health question that had put them on hold</source>
            <comment>summary.exercise_back</comment>
            <translation>los estiramientos y los ejercicios de fuerza vuelven a estar activos: esta vez has respondido «no» a todas las preguntas de salud que los habían puesto en pausa</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Please stop here. What you describe ({symptoms}) needs urgent medical care: call your local emergency number or go to emergency care now.</source>
            <comment>referrals.emergency</comment>
            <translation>Detente aquí, por favor. Lo que describes ({symptoms}) necesita atención médica urgente: llama al número de emergencias local o acude ahora mismo a un servicio de urgencias.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Because you mentioned {symptoms}, we have paused {paused}. Please see a doctor or physiotherapist before you take them up again. Most causes are not serious, but they are worth a check.</source>
            <comment>referrals.prompt</comment>
            <translation>Como mencionas {symptoms}, hemos puesto en pausa {paused}. Consulta con un médico o fisioterapeuta antes de retomarlos. La mayoría de las causas no son graves, pero conviene que un profesional lo revise.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Please don't push through pain. We have left out “{item}” and paused the moves for that area. If it happens again, a physiotherapist can help find out why.</source>
            <comment>referrals.pain</comment>
            <translation>Por favor, no fuerces si sientes dolor. Hemos dejado fuera «{item}» y puesto en pausa los ejercicios de esa zona. Si vuelve a pasar, un fisioterapeuta puede ayudarte a averiguar por qué.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>Being active is generally encouraged during pregnancy and after birth. Please confirm with your maternity care provider; Desk Coach will use pregnancy-friendly versions. Stop and call them if you notice bleeding, dizziness, headache, chest pain, calf swelling, leaking fluid, contractions or less movement from the baby.</source>
            <comment>referrals.pregnancy</comment>
            <translation>En general, se recomienda mantenerse activa durante el embarazo y después del parto. Confírmalo con el profesional que lleva el seguimiento de tu embarazo; Desk Coach usará versiones adecuadas para el embarazo. Detente y ponte en contacto con ese profesional si notas sangrado, mareo, dolor de cabeza, dolor en el pecho, hinchazón en la pantorrilla, pérdida de líquido, contracciones o que el bebé se mueve menos.</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>all stretches and strength moves (walk breaks carry on)</source>
            <comment>referrals.paused_all</comment>
            <translation>todos los estiramientos y ejercicios de fuerza (las pausas para caminar continúan)</translation>
        </message>
        <message>
            <location filename="../../resources/screen/screen.toml" line="0" />
            <source>the moves for your {regions}</source>
            <comment>referrals.paused_some</comment>
            <translation>los ejercicios de {regions}</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Short movement breaks during sitting, and the longer guided stretch routine.</source>
            <comment>breaks.about</comment>
            <translation>Pausas breves para moverte cuando llevas un rato sin levantarte, y la rutina guiada de estiramientos más larga.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Time away from the keyboard and mouse that counts as a break you took on your own.</source>
            <comment>idle.about</comment>
            <translation>Tiempo lejos del teclado y el ratón que cuenta como una pausa que has hecho por tu cuenta.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Daily targets shown on the progress page.</source>
            <comment>goals.about</comment>
            <translation>Objetivos diarios que se muestran en la página de progreso.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Putting a break off for a little while.</source>
            <comment>snooze.about</comment>
            <translation>Posponer una pausa durante un rato.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Waiting for a pause in typing, so a break never cuts into a sentence.</source>
            <comment>typing.about</comment>
            <translation>Esperar a que dejes de escribir, para que una pausa nunca corte una frase a medias.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>When Desk Coach suggests breaks. Each day is a list of ranges such as "09:00-12:30"; an empty list is a day off. A night shift such as "22:00-06:00" goes on the day it starts, and your days then run from its end to the next.</source>
            <comment>work_hours.about</comment>
            <translation>Cuándo sugiere pausas Desk Coach. Cada día es una lista de franjas horarias como «09:00-12:30»; una lista vacía es un día libre. Un turno de noche como «22:00-06:00» cuenta para el día en que empieza, y entonces cada día va desde la hora en que termina hasta esa misma hora del día siguiente.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Times when a due break waits quietly instead of interrupting.</source>
            <comment>quiet.about</comment>
            <translation>Momentos en que una pausa pendiente espera en silencio en lugar de interrumpirte.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Covering every monitor during a break, and a strict mode for breaks that always get put off.</source>
            <comment>break_screen.about</comment>
            <translation>Cubrir todas las pantallas durante una pausa, y un modo estricto para las pausas que siempre acabas aplazando.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>How break reminders appear.</source>
            <comment>notifications.about</comment>
            <translation>Cómo aparecen los recordatorios de pausa.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Sounds and spoken cues during a break.</source>
            <oldsource>Sounds at the start and end of a break.</oldsource>
            <comment>sounds.about</comment>
            <translation>Sonidos e indicaciones habladas durante una pausa.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>What happens when you log in.</source>
            <comment>startup.about</comment>
            <translation>Qué pasa al iniciar sesión.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>The weekly look back at sitting, breaks and routines.</source>
            <comment>summary.about</comment>
            <translation>El repaso semanal de tu tiempo sentado, tus pausas y tus rutinas.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>How weeks are counted in charts and summaries.</source>
            <comment>calendar.about</comment>
            <translation>Cómo se cuentan las semanas en los gráficos y los resúmenes.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>What the coach may plan with.</source>
            <comment>coaching.about</comment>
            <translation>Con qué puede contar Desk Coach al planificar tus ejercicios.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>The language Desk Coach speaks; dates, times and numbers follow it.</source>
            <comment>display.about</comment>
            <translation>El idioma que habla Desk Coach; las fechas, las horas y los números lo siguen.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Minutes of sitting before Desk Coach suggests a short movement break.</source>
            <comment>breaks.sit_interval_min.description</comment>
            <translation>Minutos sin levantarte antes de que Desk Coach te sugiera una pausa breve para moverte.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Length of a short break: stand up, move about, maybe one stretch.</source>
            <comment>breaks.micro_break_s.description</comment>
            <translation>Duración de una pausa breve: levantarte, moverte un poco y quizá hacer un estiramiento.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Length of the longer guided stretch routine.</source>
            <comment>breaks.long_break_min.description</comment>
            <translation>Duración de la rutina guiada de estiramientos más larga.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>How many guided stretch routines to suggest each workday; 0 turns them off.</source>
            <comment>breaks.long_breaks_per_day.description</comment>
            <translation>Cuántas rutinas guiadas de estiramientos sugerir cada día laborable; 0 las desactiva.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Seconds without keyboard or mouse input that count as a short break taken.</source>
            <comment>idle.natural_break_idle_s.description</comment>
            <translation>Segundos sin usar el teclado ni el ratón que cuentan como una pausa breve ya hecha.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Seconds without keyboard or mouse input that count as a longer break taken.</source>
            <comment>idle.long_break_idle_s.description</comment>
            <translation>Segundos sin usar el teclado ni el ratón que cuentan como una pausa larga ya hecha.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Daily goal for time spent standing or moving lightly during work hours; 0 hides the goal.</source>
            <comment>goals.daily_active_min.description</comment>
            <translation>Objetivo diario de tiempo de pie o en movimiento suave durante el horario de trabajo; 0 oculta el objetivo.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Most sitting you aim for in a day; the progress charts draw it as a line.</source>
            <comment>goals.daily_sitting_max_min.description</comment>
            <translation>Máximo de tiempo sentado que te propones al día; los gráficos de progreso lo muestran como una línea.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Minutes a snoozed break waits before it asks again.</source>
            <comment>snooze.length_min.description</comment>
            <translation>Minutos que espera una pausa pospuesta antes de volver a avisarte.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Snoozes allowed in a row before a break can only be taken or skipped; 0 hides snooze.</source>
            <comment>snooze.max_in_a_row.description</comment>
            <translation>Veces seguidas que puedes posponer una pausa antes de que solo quede hacerla u omitirla; 0 oculta la opción de posponer.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Other lengths, in minutes, that the tray menu's Snooze offers besides the usual one.</source>
            <comment>snooze.other_lengths_min.description</comment>
            <translation>Otras duraciones, en minutos, que ofrece «Recordar más tarde» en el menú de la bandeja además de la habitual.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>A due break waits until keyboard and mouse have been still this long.</source>
            <comment>typing.pause_s.description</comment>
            <translation>Una pausa pendiente espera hasta que el teclado y el ratón lleven este tiempo sin usarse.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>A due break appears after waiting this long, even if input never pauses.</source>
            <comment>typing.max_wait_s.description</comment>
            <translation>Una pausa pendiente aparece tras esperar este tiempo, aunque no dejes de usar el teclado o el ratón.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Suggest breaks only inside the work hours below (when off, at any time of day).</source>
            <comment>work_hours.honour.description</comment>
            <translation>Sugerir pausas solo dentro del horario de trabajo de abajo (si está desactivado, a cualquier hora del día).</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Work hours on Mondays.</source>
            <comment>work_hours.monday.description</comment>
            <translation>Horario de trabajo de los lunes.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Work hours on Tuesdays.</source>
            <comment>work_hours.tuesday.description</comment>
            <translation>Horario de trabajo de los martes.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Work hours on Wednesdays.</source>
            <comment>work_hours.wednesday.description</comment>
            <translation>Horario de trabajo de los miércoles.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Work hours on Thursdays.</source>
            <comment>work_hours.thursday.description</comment>
            <translation>Horario de trabajo de los jueves.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Work hours on Fridays.</source>
            <comment>work_hours.friday.description</comment>
            <translation>Horario de trabajo de los viernes.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Work hours on Saturdays.</source>
            <comment>work_hours.saturday.description</comment>
            <translation>Horario de trabajo de los sábados.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Work hours on Sundays.</source>
            <comment>work_hours.sunday.description</comment>
            <translation>Horario de trabajo de los domingos.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Hold breaks while a full-screen window, such as a presentation, video or game, is in front.</source>
            <comment>quiet.fullscreen.description</comment>
            <translation>Dejar las pausas en espera mientras tengas delante una ventana a pantalla completa, como una presentación, un video o un juego.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Hold breaks while the camera or microphone is in use, as in a video call.</source>
            <comment>quiet.camera_or_microphone.description</comment>
            <translation>Dejar las pausas en espera mientras la cámara o el micrófono estén en uso, como en una videollamada.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Hold breaks while the desktop's Do Not Disturb mode is on.</source>
            <comment>quiet.desktop_do_not_disturb.description</comment>
            <translation>Dejar las pausas en espera mientras el modo No molestar del escritorio esté activado.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Break screen: during a break every monitor is covered by a calm screen, and the routine shows on the monitor you are working on.</source>
            <comment>break_screen.enabled.description</comment>
            <translation>Pantalla de pausa: durante una pausa, una pantalla tranquila cubre cada monitor, y la rutina aparece en el monitor en el que estás trabajando.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Strict mode: a due break starts by itself after a short warning and covers the screens for its whole length, with no Snooze or Skip; an emergency way out is always there, and using it is recorded.</source>
            <comment>break_screen.strict.description</comment>
            <translation>Modo estricto: una pausa pendiente empieza sola tras un breve aviso y cubre las pantallas durante toda su duración, sin «Recordar más tarde» ni «Saltar»; siempre hay una salida de emergencia, y su uso queda registrado.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>In strict mode, seconds of warning before a due break starts by itself.</source>
            <comment>break_screen.warning_s.description</comment>
            <translation>En modo estricto, segundos de aviso antes de que una pausa pendiente empiece sola.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>In strict mode, seconds to hold Escape to leave a break in an emergency.</source>
            <comment>break_screen.way_out_hold_s.description</comment>
            <translation>En modo estricto, segundos que mantienes pulsada la tecla Esc para salir de una pausa en caso de emergencia.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>In strict mode, seconds before the emergency way-out button appears on the break screen.</source>
            <comment>break_screen.way_out_button_s.description</comment>
            <translation>En modo estricto, segundos hasta que aparece el botón de salida de emergencia en la pantalla de pausa.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>How reminders appear: as the desktop's own notifications, or only as a balloon from the tray icon.</source>
            <comment>notifications.style.description</comment>
            <translation>Cómo aparecen los recordatorios: como notificaciones del propio escritorio o solo como un globo junto al icono de la bandeja del sistema.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Play a soft sound when a break starts and ends.</source>
            <comment>sounds.enabled.description</comment>
            <translation>Reproducir un sonido suave al empezar y al terminar una pausa.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Loudness of break sounds.</source>
            <comment>sounds.volume.description</comment>
            <translation>Volumen de los sonidos de las pausas.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Spoken cues in the guided routine: to your screen reader only, also aloud by the system's speech when no screen reader runs, or none at all.</source>
            <comment>sounds.spoken_cues.description</comment>
            <translation>Indicaciones habladas en la rutina guiada: solo para tu lector de pantalla, también en voz alta con la voz del sistema si no hay lector de pantalla activo, o ninguna.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Start Desk Coach when you log in.</source>
            <comment>startup.autostart.description</comment>
            <translation>Abrir Desk Coach al iniciar sesión.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Day of the week the summary appears.</source>
            <comment>summary.day.description</comment>
            <translation>Día de la semana en que aparece el resumen.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Time of day the summary appears.</source>
            <comment>summary.time.description</comment>
            <translation>Hora del día en que aparece el resumen.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>First day of the week; "locale" follows the system's regional settings.</source>
            <comment>calendar.first_day_of_week.description</comment>
            <translation>Primer día de la semana; «locale» sigue la configuración regional del sistema.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>What you have at hand for breaks; only moves you can do with it are planned.</source>
            <comment>coaching.equipment.description</comment>
            <translation>Lo que tienes a mano para las pausas; solo se planifican ejercicios que puedas hacer con ello.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>Language of Desk Coach's windows, messages and reports; "system" follows the system's language.</source>
            <comment>display.language.description</comment>
            <translation>Idioma de las ventanas, los mensajes y los informes de Desk Coach; «system» sigue el idioma del sistema.</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>being away as long as a break counts as taking that break</source>
            <comment>idle.natural_break_idle_s.at_least_reason</comment>
            <translation>estar fuera tanto tiempo como dura una pausa cuenta como haber hecho esa pausa</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>an absence long enough for the longer break is surely long enough for a short one</source>
            <comment>idle.long_break_idle_s.at_least_reason</comment>
            <translation>una ausencia lo bastante larga para la pausa larga también lo es para una breve</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>minutes</source>
            <comment>breaks.sit_interval_min.unit</comment>
            <translation>minutos</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>seconds</source>
            <comment>breaks.micro_break_s.unit</comment>
            <translation>segundos</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>minutes</source>
            <comment>breaks.long_break_min.unit</comment>
            <translation>minutos</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>a day</source>
            <comment>breaks.long_breaks_per_day.unit</comment>
            <translation>al día</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>seconds</source>
            <comment>idle.natural_break_idle_s.unit</comment>
            <translation>segundos</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>seconds</source>
            <comment>idle.long_break_idle_s.unit</comment>
            <translation>segundos</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>minutes</source>
            <comment>goals.daily_active_min.unit</comment>
            <translation>minutos</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>minutes</source>
            <comment>goals.daily_sitting_max_min.unit</comment>
            <translation>minutos</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>minutes</source>
            <comment>snooze.length_min.unit</comment>
            <translation>minutos</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>snoozes</source>
            <comment>snooze.max_in_a_row.unit</comment>
            <translation>veces</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>seconds</source>
            <comment>typing.pause_s.unit</comment>
            <translation>segundos</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>seconds</source>
            <comment>typing.max_wait_s.unit</comment>
            <translation>segundos</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>seconds</source>
            <comment>break_screen.warning_s.unit</comment>
            <translation>segundos</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>seconds</source>
            <comment>break_screen.way_out_hold_s.unit</comment>
            <translation>segundos</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>seconds</source>
            <comment>break_screen.way_out_button_s.unit</comment>
            <translation>segundos</translation>
        </message>
        <message>
            <location filename="../../resources/settings/schema.toml" line="0" />
            <source>percent</source>
            <comment>sounds.volume.unit</comment>
            <translation>%</translation>
        </message>
    </context>
</TS>
