<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BulkStatusDialog</name>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/bulk_dialog.py" line="18" />
        <source>%n selected order(s)</source>
        <translation><numerusform>%n selected order</numerusform><numerusform>%n selected orders</numerusform></translation>
    </message>
</context>
<context>
    <name>CreditBookModel</name>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/credit_book/model.py" line="134" />
        <source>Owed by %n customer(s): %1</source>
        <translation><numerusform>Owed by %n customer: %1</numerusform><numerusform>Owed by %n customers: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>CreditBookWindow</name>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/credit_book/window.py" line="253" />
        <source>%n customer(s) written to %1</source>
        <translation><numerusform>%n customer written to %1</numerusform><numerusform>%n customers written to %1</numerusform></translation>
    </message>
</context>
<context>
    <name>CurrentPanel</name>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/till/current_panel.py" line="100" />
        <source>%n operation(s) of this till not sent yet</source>
        <translation><numerusform>%n operation of this till not sent yet</numerusform><numerusform>%n operations of this till not sent yet</numerusform></translation>
    </message>
</context>
<context>
    <name>CustomerWindow</name>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/customer_window.py" line="149" />
        <source>%n order(s)</source>
        <translation><numerusform>%n order</numerusform><numerusform>%n orders</numerusform></translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/export_action.py" line="68" />
        <source>%n order(s) exported to %s (folder %s)</source>
        <translation><numerusform>%n order exported to %s (folder %s)</numerusform><numerusform>%n orders exported to %s (folder %s)</numerusform></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/filter_bar.py" line="138" />
        <source>%n order(s)</source>
        <translation><numerusform>%n order</numerusform><numerusform>%n orders</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/filter_bar.py" line="142" />
        <source>%n new order(s)</source>
        <translation><numerusform>%n new order</numerusform><numerusform>%n new orders</numerusform></translation>
    </message>
</context>
<context>
    <name>LogoutDialog</name>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/logout_dialog.py" line="20" />
        <source>%n change(s) were not sent yet. They stay on this computer and are sent after the next login, unless you delete the local data: then they are lost.</source>
        <translation><numerusform>%n change was not sent yet. It stays on this computer and is sent after the next login, unless you delete the local data: then it is lost.</numerusform><numerusform>%n changes were not sent yet. They stay on this computer and are sent after the next login, unless you delete the local data: then they are lost.</numerusform></translation>
    </message>
</context>
<context>
    <name>NewOrderNotices</name>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/notices.py" line="54" />
        <source>%n new order(s)</source>
        <translation><numerusform>%n new order</numerusform><numerusform>%n new orders</numerusform></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/preferences_dialog.py" line="108" />
        <source>%n minute(s) without use</source>
        <translation><numerusform>%n minute without use</numerusform><numerusform>%n minutes without use</numerusform></translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/product_picker.py" line="70" />
        <source>%n product(s)</source>
        <translation><numerusform>%n product</numerusform><numerusform>%n products</numerusform></translation>
    </message>
</context>
<context>
    <name>QuitWords</name>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/quit_dialog.py" line="36" />
        <source>%n change(s) have not reached the Genuka server yet.</source>
        <translation><numerusform>%n change has not reached the Genuka server yet.</numerusform><numerusform>%n changes have not reached the Genuka server yet.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/quit_dialog.py" line="46" />
        <source>%n change(s) wait on this computer: nothing is lost, they are sent as soon as the server answers, at the latest at the next start.</source>
        <translation><numerusform>%n change waits on this computer: nothing is lost, it is sent as soon as the server answers, at the latest at the next start.</numerusform><numerusform>%n changes wait on this computer: nothing is lost, they are sent as soon as the server answers, at the latest at the next start.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/quit_dialog.py" line="55" />
        <source>%n change(s) were refused by the server: they are not sent on their own. They wait for you to correct them and choose Retry (Needs attention, then right-click the order).</source>
        <translation><numerusform>%n change was refused by the server: it is not sent on its own. It waits for you to correct it and choose Retry (Needs attention, then right-click the order).</numerusform><numerusform>%n changes were refused by the server: they are not sent on their own. They wait for you to correct them and choose Retry (Needs attention, then right-click the order).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/quit_dialog.py" line="64" />
        <source>%n change(s) clash with a colleague's edit: they wait for your choice in the order.</source>
        <translation><numerusform>%n change clashes with a colleague's edit: it waits for your choice in the order.</numerusform><numerusform>%n changes clash with a colleague's edit: they wait for your choice in the order.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/returns/dialog.py" line="127" />
        <source>At most %n can come back.</source>
        <translation><numerusform>At most %n can come back.</numerusform><numerusform>At most %n can come back.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReturnsStrip</name>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/returns/strip.py" line="100" />
        <source>Returns (%n)</source>
        <translation><numerusform>Returns (%n)</numerusform><numerusform>Returns (%n)</numerusform></translation>
    </message>
</context>
<context>
    <name>StatusChanges</name>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/status_changes.py" line="85" />
        <source>No payment is recorded on %n selected order(s). An order is partly paid once a payment is recorded on it: take a payment on each (Edit &gt; Take a payment…); the status follows.</source>
        <translation><numerusform>No payment is recorded on %n selected order. An order is partly paid once a payment is recorded on it: take a payment on it (Edit &gt; Take a payment…); the status follows.</numerusform><numerusform>No payment is recorded on %n selected orders. An order is partly paid once a payment is recorded on it: take a payment on each (Edit &gt; Take a payment…); the status follows.</numerusform></translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/sync_status_bar.py" line="93" />
        <source>%n change(s) waiting</source>
        <translation><numerusform>%n change waiting</numerusform><numerusform>%n changes waiting</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/sync_status_bar.py" line="95" />
        <source>%n refused</source>
        <translation><numerusform>%n refused</numerusform><numerusform>%n refused</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/sync_status_bar.py" line="97" />
        <source>%n in conflict</source>
        <translation><numerusform>%n in conflict</numerusform><numerusform>%n in conflict</numerusform></translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/today_panel.py" line="105" />
        <location filename="../../genuka_desk/ui/today_panel.py" line="106" />
        <source>%n order(s)</source>
        <translation><numerusform>%n order</numerusform><numerusform>%n orders</numerusform></translation>
    </message>
</context>
<context>
    <name>UnlockWords</name>
    <message numerus="yes">
        <location filename="../../genuka_desk/ui/lock_words.py" line="28" />
        <source>Too many wrong PINs: try again in %n second(s).</source>
        <translation><numerusform>Too many wrong PINs: try again in %n second.</numerusform><numerusform>Too many wrong PINs: try again in %n seconds.</numerusform></translation>
    </message>
</context>
</TS>