/* Desk Coach's tests read the shell's own state through this, the way Looking Glass does:
 * org.deskcoach.TestProbe.Eval(code) -> (ok, JSON of the result). Loaded only in the headless
 * sessions the tests start (tests/support/desktops/gnome.py). */
/* exported init, enable, disable */
const { Gio } = imports.gi;
const Main = imports.ui.main; // eslint-disable-line no-unused-vars

const IFACE = `<node><interface name="org.deskcoach.TestProbe">
  <method name="Eval">
    <arg type="s" direction="in" name="code"/>
    <arg type="b" direction="out" name="ok"/>
    <arg type="s" direction="out" name="result"/>
  </method>
</interface></node>`;

class Probe {
    Eval(code) {
        try {
            const value = JSON.stringify(eval(code)); // eslint-disable-line no-eval
            return [true, value === undefined ? '' : value];
        } catch (error) {
            return [false, `${error}\n${error.stack}`];
        }
    }
}

let exported = null;
let owner = 0;

function init() {
}

function enable() {
    exported = Gio.DBusExportedObject.wrapJSObject(IFACE, new Probe());
    exported.export(Gio.DBus.session, '/org/deskcoach/TestProbe');
    owner = Gio.bus_own_name_on_connection(Gio.DBus.session, 'org.deskcoach.TestProbe',
        Gio.BusNameOwnerFlags.NONE, null, null);
}

function disable() {
    Gio.bus_unown_name(owner);
    exported.unexport();
    exported = null;
}
