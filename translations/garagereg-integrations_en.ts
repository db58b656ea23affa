<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the database %1: it is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: the file is not readable (check its permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed. Install libqt6sql6-sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: it is not a GarageReg database or it is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed. Install libqt6sql6-psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot switch the database %1 to WAL mode (it stays in &quot;%2&quot; mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot switch the database %1 to WAL mode: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseInspector</name>
    <message>
        <source>The database has no table &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseSetup</name>
    <message>
        <source>No password is stored for this database: store one with &quot;garagereg-integrations-cli db set-password&quot; or set PGPASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseStartup</name>
    <message>
        <source>GarageReg Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another database with --database &lt;url&gt; or the GARAGEREG_DATABASE environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>The database URL is empty. Use sqlite:///absolute/path.db or postgresql://user@host:port/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid database URL &quot;%1&quot;: an SQLite URL needs an absolute file path, for example sqlite:///home/user/garagereg.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid database URL &quot;%1&quot;: it must start with sqlite:// or postgresql://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid database URL &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL must not contain a password. Store it in the keychain (garagereg-integrations-cli db set-password) or set PGPASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name is missing (postgresql://user@host:port/dbname).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database name is missing (postgresql://user@host:port/dbname).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect_timeout must be a number of seconds from 1 to 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; (supported: sslmode, connect_timeout).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopServices</name>
    <message>
        <source>Webhooks are delivered by this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks are delivered by another worker.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DummyErp</name>
    <message>
        <source>The dummy ERP session expired (401); log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests (429); retry after %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal server error (500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service unavailable (503).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dummy ERP did not answer in time (simulated timeout); nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dummy ERP with %1 parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page_size must be at least 1; it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page_token is not a token this ERP handed out; start the listing again without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock_quantity is read-only in this ERP; leave it out or send 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the dummy ERP was reset before the answer arrived (simulated lost response); the write may have been stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 does not exist in the ERP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 was deleted in the ERP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 was changed in the ERP since it was read: If-Match %2 does not match the current ETag %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock_quantity is read-only in this ERP; leave it out or send the current value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part_number is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part_number &quot;%1&quot; already exists (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit_price_minor must not be negative; it is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency &quot;%1&quot; is not a known currency (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vat_code &quot;%1&quot; is not a known VAT code (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ERP rejected the part: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ERP rejected the part %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outside edit of %1 is not valid: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part cannot be added to the dummy ERP: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dummy ERP has no part %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests (%1); retry after %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dummy ERP refused the credentials or the session (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the dummy ERP failed (simulated network error); nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ERP rejected the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was changed in the ERP (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not implemented (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the dummy ERP file &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the dummy ERP file &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dummy ERP file &quot;%1&quot; is not valid: %2. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at line %2, column %3 (offset %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level must be a JSON object with &quot;format&quot; and &quot;parts&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;parts&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the unknown field &quot;%2&quot;; the fields are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 must be a whole number or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 &quot;%3&quot; is not a known currency (known: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 &quot;%3&quot; is not a known VAT code (known: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 &quot;%3&quot; is not an ISO 8601 UTC time such as 2026-01-15T08:30:00.125Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 &quot;%3&quot; appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 &quot;%3&quot; is also the part number of %4; live parts need distinct part numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DummyErpAdapter</name>
    <message>
        <source>Cannot read the dummy ERP file &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dummy ERP changed but the change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dummy ERP adapter was closed before the answer arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dummy ERP with %1 parts, stored in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dummy ERP setting &quot;%1&quot; must be %2; it is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a probability from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;next_link&quot; or &quot;offset&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint URL &quot;%1&quot; does not name a file; use a URL such as file:///home/me/dummy-erp.json, or leave it empty to keep the dummy ERP in memory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErpAdapterRegistry</name>
    <message>
        <source>The provider &quot;%1&quot; has no ERP adapter; ERP providers are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErpSyncRepository</name>
    <message>
        <source>There is no open conflict with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: the process running this sync stopped before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventFilter</name>
    <message>
        <source>Filter key &quot;%1&quot;: $eq and $ne need a string, number, true, false or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter key &quot;%1&quot;: a list of allowed values must be a non-empty JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter key &quot;%1&quot;: the list may hold only strings, numbers, true, false or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter key &quot;%1&quot;: $gt, $gte, $lt and $lte need a number or a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter key &quot;%1&quot;: $exists needs true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter key &quot;%1&quot; is not a field path such as &quot;priority&quot; or &quot;gate.site&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter key &quot;%1&quot;: an operator object needs at least one of $eq, $ne, $in, $nin, $gt, $gte, $lt, $lte, $exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter key &quot;%1&quot;: unknown operator &quot;%2&quot; (use $eq, $ne, $in, $nin, $gt, $gte, $lt, $lte or $exists; reach nested fields with dotted keys).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventTypes</name>
    <message>
        <source>A gate or garage door was registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gate&apos;s data changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gate&apos;s periodic inspection falls due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fault was reported on a gate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A work order was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A work order was completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spare part was added to the inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spare part&apos;s stock fell below its minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spare parts were taken from or added to stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A maintenance visit was scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A maintenance visit was completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test event that checks an endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown event type(s): %1. Known types: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiCommandLine</name>
    <message>
        <source>Usage: garagereg-integrations [options]

GarageReg Integrations desktop application: webhook subscriptions and ERP adapters.

Options:
  --database &lt;url&gt;   sqlite:///absolute/path.db or postgresql://user@host:port/dbname
                     (default: $GARAGEREG_DATABASE, else the per-user SQLite file).
  --language &lt;lang&gt;  hu or en (default: hu when the system language is Hungarian, else en).
  -h, --help         Show this help.
  -v, --version      Show the version.

The PostgreSQL password comes from PGPASSWORD or the keychain
(garagereg-integrations-cli db set-password).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language (hu or en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--database needs a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported language &quot;%1&quot; (use %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrationRepository</name>
    <message>
        <source>The integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no integration with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrationValidator</name>
    <message>
        <source>The name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;; known providers: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint URL &quot;%1&quot; is not an http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate limit must be a positive number of requests per minute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain has no entry &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access to &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed for &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 seconds; it may be locked and waiting for a password prompt that cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available to store secrets (%1). On Linux, run a Secret Service provider such as gnome-keyring or KWallet in your desktop session and unlock it; on a server without a desktop, start one with: dbus-run-session -- sh -c &apos;gnome-keyring-daemon --unlock --components=secrets&apos;. Secrets are never written in plaintext instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The database %1 has schema version %2, but this version of GarageReg Integrations understands only up to version %3. Upgrade the application; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown schema version %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Unknown currency &quot;%1&quot;; known currencies: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount such as 12999 or 12999.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount %1 is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no minor unit: %2 cannot have decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 decimals: %3 has more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartRepository</name>
    <message>
        <source>The part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part with the number &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no part with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no part &quot;%1&quot; to delete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartValidator</name>
    <message>
        <source>The part number &quot;%1&quot; must be 1 to 64 letters, digits, dots, dashes, slashes or underscores, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit price must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum stock must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency &quot;%1&quot; is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT code &quot;%1&quot; is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>%1 is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored %1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored %1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored %1 is not a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestJsonProfile</name>
    <message>
        <source>The integration setting %1 is wrong: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is missing; give a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1; give a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1; give true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is missing; give an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1; give an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1; it must be one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a query parameter has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; is %2; give a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty; leave it out when the API has no such field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1; give the JSON key as a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration setting %1 uses {%2}, which only %3 may use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is missing; give {&quot;type&quot;: &quot;none&quot;} for an API without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is missing; give none, bearer, api_key or basic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP header name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must contain {id}, e.g. &quot;items/{id}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a path relative to the endpoint URL, without a leading /, a query or a fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is missing; with paging style %1 the list response is an object, so name its array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no parameter uses {since}, e.g. {&quot;modified_since&quot;: &quot;{since}&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no parameter uses {value}, e.g. {&quot;sku&quot;: &quot;{value}&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give its &quot;field&quot; in the record or its response &quot;header&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1; give an array of strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds %1; give strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is missing; give the key of the ERP&apos;s own id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is missing; give the key of the part number, or {&quot;field&quot;: &quot;comment&quot;, &quot;marker&quot;: &quot;PN:&quot;} to keep it as a line in a text field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is missing; give the key of the part&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 code such as HUF or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a price needs its currency: give the key of the currency, or {&quot;fixed&quot;: &quot;HUF&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is the same key as changes.field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP error status from 300 to 599.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one of network, timeout, rate_limited, server, authentication, validation, conflict, not_found, not_supported, configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration setting %1 is missing or empty; %2 needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration setting %1 must not contain { or }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the currency of %1&apos;s prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration setting %1 is &quot;%2&quot;, which is not an ISO 4217 code such as HUF or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the price field %2 is %3, not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the price %2 = %3 has no valid currency (&quot;%4&quot; is not an ISO 4217 code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the price field %2 = %3 %4 cannot be stored exactly: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part number contains a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part&apos;s currency &quot;%1&quot; is not an ISO 4217 code such as HUF or EUR; %2 needs it for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part&apos;s price is in %1, but %2 holds every price (%3) in %4; convert it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price %1 (minor units) is too large for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal number such as 12999.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1 decimals; the currency has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1 decimals; the currency has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is too large to be kept exactly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionInfo</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERP Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An overview of the health of every integration, recent deliveries and synchronisations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ERP, webhook and API integrations: their settings, credentials and health.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook subscriptions: which events go to which endpoint, signed with which secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery log of webhook events, with every attempt, its response and manual retries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation runs with the ERP systems, their entries, conflicts and part bindings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spare parts catalogue that is exchanged with the ERP systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERP synchronisation runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERP synchronisation log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part bindings to ERP items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spare parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERP synchronisation cursors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERP sync conflicts waiting for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERP synchronisations running now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlQuery</name>
    <message>
        <source>prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: could not %1 &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: could not run &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscriptionService</name>
    <message>
        <source>The subscription was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no subscription with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret was not rotated: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsupportedErpAdapter</name>
    <message>
        <source>%1 is not supported yet: GarageReg Integrations cannot connect to it in this version. Use the rest-json provider with a profile for its REST API, or ask for the %1 adapter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookSignature</name>
    <message>
        <source>The secret is not a Standard Webhooks secret (whsec_ followed by base64 of 24 to 64 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Standard Webhooks secret must be whsec_ followed by base64 of 24 to 64 random bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret must be at least 16 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the timestamp is %1 seconds away from now, outside the tolerance of %2 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature does not match the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard Webhooks signatures need the webhook-id and webhook-timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret is not a Standard Webhooks secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no v1 signature matches the body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookSubscriptionRepository</name>
    <message>
        <source>The subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no integration with id %1 for this subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no subscription with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookSubscriptionValidator</name>
    <message>
        <source>The name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint URL &quot;%1&quot; is not an http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature header name &quot;%1&quot; is not a valid HTTP header name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of retries must be between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries need at least one retry delay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each retry delay must be between 1 second and 7 days (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout must be between 1 and 300 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe to at least one event type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown event type(s): %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkerLock</name>
    <message>
        <source>Another worker (process %1 on %2) is already delivering from %3. A second worker on one SQLite file is refused; use a PostgreSQL database to share the work between workers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>garagereg::AboutDialog</name>
    <message>
        <source>About GarageReg Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GarageReg Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook subscriptions and ERP adapters for GarageReg, the registry of gates and garage doors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>garagereg::DashboardPage</name>
    <message>
        <source>Every table of the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>garagereg::DeliveriesPage</name>
    <message>
        <source>Could not read the delivery log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a request ID…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>garagereg::DeliveryDetailDialog</name>
    <message>
        <source>Could not read the delivery: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no attempt to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attempt carries no signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resend: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new attempt is queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curl command is on the clipboard. It holds the signature, not the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the subscription&apos;s secret. It is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: the signature matches this secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response body is truncated: only its first 64 KiB were logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify a signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delivery has the request ID %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Request ID %1 · event %2 (%3) · %4 · status %5 · %n attempt(s)</source>
        <translation>
            <numerusform>Request ID %1 · event %2 (%3) · %4 · status %5 · %n attempt</numerusform>
            <numerusform>Request ID %1 · event %2 (%3) · %4 · status %5 · %n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>garagereg::DeliveryEngine</name>
    <message>
        <source>Deliveries are waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription is inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription is inactive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older than the maximum age of %1 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery %1 waits for its secret: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subscription has no secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery %1 could not be prepared: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint answered 410 Gone on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attempt of %1 could not be recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>garagereg::DeliveryLogModel</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>garagereg::ErpSyncEngine</name>
    <message>
        <source>Take &quot;erp&quot; or &quot;local&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no open conflict with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 no longer exists here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no integration with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration %1 is not an ERP integration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ERP credential could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration %1 is inactive; activate it before syncing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another sync of this integration is running (sync log %1); try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ERP has no part with this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the ERP&apos;s parts failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted in the ERP and unknown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in step; bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged in the ERP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on both sides; the ERP&apos;s version was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on both sides; the local version is kept and will be sent to the ERP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on both sides; waiting for a person to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conflict waits for a person to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in the ERP since the last sync; waiting for a person to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on both sides; the local version was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>garagereg::ErpSyncPage</name>
    <message numerus="yes">
        <source>Sync %1 running: %n record(s) processed…</source>
        <translation>
            <numerusform>Sync %1 running: %n record processed…</numerusform>
            <numerusform>Sync %1 running: %n records processed…</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — here: &quot;%2&quot;, in the ERP: &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts waiting for a decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync started…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync %1: %2 — %3 processed, %4 succeeded, %5 failed, %6 skipped, %7 conflicts. %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: the ERP&apos;s version is in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: the local version goes to the ERP with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resolve the conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the ERP&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the local version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncs are run by another process.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>garagereg::IntegrationForm</name>
    <message>
        <source>The settings must be a JSON object (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate limit (per minute, 0 = none):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflict policy (ERP):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync every (minutes, 0 = manual):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other &amp;settings (JSON):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>garagereg::IntegrationListModel</name>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>garagereg::IntegrationsPage</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrations could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration &quot;%1&quot; created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration &quot;%1&quot; saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the integration &quot;%1&quot; and its subscriptions? The delivery log keeps its records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration &quot;%1&quot; deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>garagereg::MainWindow</name>
    <message>
        <source>Could not read the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GarageReg Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the row counts from the database again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About GarageReg Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>garagereg::PartTableModel</name>
    <message>
        <source>Part number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>garagereg::PartsPage</name>
    <message numerus="yes">
        <source>%n part(s) shown, </source>
        <translation>
            <numerusform>%n part shown, </numerusform>
            <numerusform>%n parts shown, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n below minimum stock.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The catalogue could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by part number, name or category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only below minimum stock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>garagereg::RestJsonAdapter</name>
    <message>
        <source>The integration &quot;%1&quot; has no endpoint URL; %2 needs the API&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint URL of the integration &quot;%1&quot; contains a user name or password. Remove it and store the credential in the keychain instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint URL &quot;%1&quot; of the integration &quot;%2&quot; is not an http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint URL of the integration &quot;%1&quot; must not have a query or fragment; put query parameters in the profile and the credential in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration setting timeout_seconds must be a number of seconds from 0.1 to 3600; it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration setting profile is not a JSON object: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rest-json provider needs the integration setting profile: a JSON object describing the API (auth, paths, paging, fields). See docs/rest-json-adapter.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Business Central integration needs the setting company_id: the id (a GUID) of the company, as GET companies lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Business Central integration needs the setting currency: the company&apos;s local currency (e.g. HUF or EUR), in which Business Central holds item prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential is stored for this %1 integration; store its %2 in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user:password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential stored for this %1 integration contains a line break or NUL byte; store it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential stored for this %1 integration must be &quot;user:password&quot; for basic authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request %1 to %2 was cancelled: the adapter was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) gave no complete answer to %3 within %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) sent more than %3 MiB in answer to %4; the response was aborted. Use a smaller page size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS connection to %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) could not be reached for %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no HTTP response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) refused the credential (%3). Check the %4 stored for this integration and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) redirected %3 to %4 (%5); redirects are not followed. Set the endpoint URL to the final address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) refused %3: the account has no subscription that includes API access (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) refused %3 with %4; check the integration&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) refused %3 because the record changed since it was read (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) has no %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) answered %3 with %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) answered %3 %4 with something unexpected: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 profile gives no valid URL for the path &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page token is not a link to %1 (%2); it is not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page token &quot;%1&quot; is not a page number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page token &quot;%1&quot; is not an offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no array &quot;%1&quot; in the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list item is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next page is on another server (%1); it is not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2 answered in %3 ms: %n part(s) in the catalogue.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2 answered in %3 ms: the item list is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 records with the part number %3 (ids %4); remove the duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part number to look up is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was searched for the part number %2 through %3 pages without an end; the search was given up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered the same page again; the search was given up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part without a part number cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 has no %2 id; look it up (getPart) before updating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ETag to match contains a line break.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>garagereg::RowCountTable</name>
    <message>
        <source>The database has no table &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>garagereg::SectionPage</name>
    <message>
        <source>Stored in the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>garagereg::SubscriptionListModel</name>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half-open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circuit breaker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>garagereg::SyncLogTableModel</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>garagereg::SyncScheduler</name>
    <message>
        <source>Scheduled sync of integration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>garagereg::WebhookEventService</name>
    <message>
        <source>The payload is %1 bytes; at most %2 bytes (1 MiB) are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is not valid JSON: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload must be a JSON object, such as {&quot;gate_id&quot;: &quot;K-12&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>garagereg::WebhookSender</name>
    <message>
        <source>no complete response within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response exceeded the limit of %1 bytes and was aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no HTTP response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect to %1 not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received, %2 body bytes so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
