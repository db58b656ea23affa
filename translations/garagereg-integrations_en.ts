<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>ApiTokenRepository</name>
    <message>
        <source>The token needs a name, e.g. the server or script that uses it.</source>
        <translation>The token needs a name, e.g. the server or script that uses it.</translation>
    </message>
    <message>
        <source>There is no API token with id %1.</source>
        <translation>There is no API token with id %1.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the database %1: it is a folder, not a database file.</source>
        <translation>Cannot open the database %1: it is a folder, not a database file.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: the folder %2 does not exist.</source>
        <translation>Cannot open the database %1: the folder %2 does not exist.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: the file is not readable (check its permissions).</source>
        <translation>Cannot open the database %1: the file is not readable (check its permissions).</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed. Install libqt6sql6-sqlite.</source>
        <translation>The Qt SQLite driver (QSQLITE) is not installed. Install libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the database %1: it is not a GarageReg database or it is damaged (%2).</source>
        <translation>Cannot open the database %1: it is not a GarageReg database or it is damaged (%2).</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed. Install libqt6sql6-psql.</source>
        <translation>The Qt PostgreSQL driver (QPSQL) is not installed. Install libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL at %1: %2</source>
        <translation>Cannot connect to PostgreSQL at %1: %2</translation>
    </message>
    <message>
        <source>Cannot switch the database %1 to WAL mode (it stays in &quot;%2&quot; mode).</source>
        <translation>Cannot switch the database %1 to WAL mode (it stays in &quot;%2&quot; mode).</translation>
    </message>
    <message>
        <source>Cannot switch the database %1 to WAL mode: %2</source>
        <translation>Cannot switch the database %1 to WAL mode: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseInspector</name>
    <message>
        <source>The database has no table &quot;%1&quot;.</source>
        <translation>The database has no table &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>DatabaseSetup</name>
    <message>
        <source>No password is stored for this database: store one with &quot;garagereg-integrations-cli db set-password&quot; or set PGPASSWORD.</source>
        <translation>No password is stored for this database: store one with &quot;garagereg-integrations-cli db set-password&quot; or set PGPASSWORD.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist or cannot be written.</source>
        <translation>The folder %1 does not exist or cannot be written.</translation>
    </message>
    <message>
        <source>The file does not exist yet: it will be created with the GarageReg schema.</source>
        <translation>The file does not exist yet: it will be created with the GarageReg schema.</translation>
    </message>
    <message>
        <source>Connected. The database is empty: it will be set up when it is opened.</source>
        <translation>Connected. The database is empty: it will be set up when it is opened.</translation>
    </message>
    <message>
        <source>Connected, but the database has schema version %1, newer than this application knows (%2): update the application first.</source>
        <translation>Connected, but the database has schema version %1, newer than this application knows (%2): update the application first.</translation>
    </message>
    <message>
        <source>Connected. GarageReg database, schema version %1.</source>
        <translation>Connected. GarageReg database, schema version %1.</translation>
    </message>
</context>
<context>
    <name>DatabaseStartup</name>
    <message>
        <source>GarageReg Integrations</source>
        <translation>GarageReg Integrations</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>The database could not be opened.</translation>
    </message>
    <message>
        <source>Choose another database with --database &lt;url&gt; or the GARAGEREG_DATABASE environment variable.</source>
        <translation>Choose another database with --database &lt;url&gt; or the GARAGEREG_DATABASE environment variable.</translation>
    </message>
    <message>
        <source>The database chosen in Settings could not be opened:

%1

Open the default database on this computer instead? You can choose again in Settings.</source>
        <translation>The database chosen in Settings could not be opened:

%1

Open the default database on this computer instead? You can choose again in Settings.</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>The database URL is empty. Use sqlite:///absolute/path.db or postgresql://user@host:port/dbname.</source>
        <translation>The database URL is empty. Use sqlite:///absolute/path.db or postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>Invalid database URL &quot;%1&quot;: an SQLite URL needs an absolute file path, for example sqlite:///home/user/garagereg.db.</source>
        <translation>Invalid database URL &quot;%1&quot;: an SQLite URL needs an absolute file path, for example sqlite:///home/user/garagereg.db.</translation>
    </message>
    <message>
        <source>Invalid database URL &quot;%1&quot;: it must start with sqlite:// or postgresql://.</source>
        <translation>Invalid database URL &quot;%1&quot;: it must start with sqlite:// or postgresql://.</translation>
    </message>
    <message>
        <source>Invalid database URL &quot;%1&quot;: %2</source>
        <translation>Invalid database URL &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The database URL must not contain a password. Store it in the keychain (garagereg-integrations-cli db set-password) or set PGPASSWORD.</source>
        <translation>The database URL must not contain a password. Store it in the keychain (garagereg-integrations-cli db set-password) or set PGPASSWORD.</translation>
    </message>
    <message>
        <source>the host name is missing.</source>
        <translation>the host name is missing.</translation>
    </message>
    <message>
        <source>the user name is missing (postgresql://user@host:port/dbname).</source>
        <translation>the user name is missing (postgresql://user@host:port/dbname).</translation>
    </message>
    <message>
        <source>the database name is missing (postgresql://user@host:port/dbname).</source>
        <translation>the database name is missing (postgresql://user@host:port/dbname).</translation>
    </message>
    <message>
        <source>sslmode must be one of %1.</source>
        <translation>sslmode must be one of %1.</translation>
    </message>
    <message>
        <source>connect_timeout must be a number of seconds from 1 to 600.</source>
        <translation>connect_timeout must be a number of seconds from 1 to 600.</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; (supported: sslmode, connect_timeout).</source>
        <translation>unknown option &quot;%1&quot; (supported: sslmode, connect_timeout).</translation>
    </message>
    <message>
        <source>Invalid database URL &quot;%1&quot;: the file path must not end with white space.</source>
        <translation>Invalid database URL &quot;%1&quot;: the file path must not end with white space.</translation>
    </message>
</context>
<context>
    <name>DeliveryStatus</name>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Retrying</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
</context>
<context>
    <name>DesktopServices</name>
    <message>
        <source>Webhooks are delivered by this application.</source>
        <translation>Webhooks are delivered by this application.</translation>
    </message>
    <message>
        <source>Webhooks are delivered by another worker.</source>
        <translation>Webhooks are delivered by another worker.</translation>
    </message>
</context>
<context>
    <name>DummyErp</name>
    <message>
        <source>The dummy ERP session expired (401); log in again.</source>
        <translation>The dummy ERP session expired (401); log in again.</translation>
    </message>
    <message>
        <source>Too many requests (429); retry after %1 s.</source>
        <translation>Too many requests (429); retry after %1 s.</translation>
    </message>
    <message>
        <source>Internal server error (500).</source>
        <translation>Internal server error (500).</translation>
    </message>
    <message>
        <source>Service unavailable (503).</source>
        <translation>Service unavailable (503).</translation>
    </message>
    <message>
        <source>The dummy ERP did not answer in time (simulated timeout); nothing was stored.</source>
        <translation>The dummy ERP did not answer in time (simulated timeout); nothing was stored.</translation>
    </message>
    <message>
        <source>Dummy ERP with %1 parts</source>
        <translation>Dummy ERP with %1 parts</translation>
    </message>
    <message>
        <source>page_size must be at least 1; it is %1.</source>
        <translation>page_size must be at least 1; it is %1.</translation>
    </message>
    <message>
        <source>page_token is not a token this ERP handed out; start the listing again without one.</source>
        <translation>page_token is not a token this ERP handed out; start the listing again without one.</translation>
    </message>
    <message>
        <source>stock_quantity is read-only in this ERP; leave it out or send 0.</source>
        <translation>stock_quantity is read-only in this ERP; leave it out or send 0.</translation>
    </message>
    <message>
        <source>The connection to the dummy ERP was reset before the answer arrived (simulated lost response); the write may have been stored.</source>
        <translation>The connection to the dummy ERP was reset before the answer arrived (simulated lost response); the write may have been stored.</translation>
    </message>
    <message>
        <source>The part %1 does not exist in the ERP.</source>
        <translation>The part %1 does not exist in the ERP.</translation>
    </message>
    <message>
        <source>The part %1 was deleted in the ERP.</source>
        <translation>The part %1 was deleted in the ERP.</translation>
    </message>
    <message>
        <source>The part %1 was changed in the ERP since it was read: If-Match %2 does not match the current ETag %3.</source>
        <translation>The part %1 was changed in the ERP since it was read: If-Match %2 does not match the current ETag %3.</translation>
    </message>
    <message>
        <source>stock_quantity is read-only in this ERP; leave it out or send the current value.</source>
        <translation>stock_quantity is read-only in this ERP; leave it out or send the current value.</translation>
    </message>
    <message>
        <source>part_number is missing</source>
        <translation>part_number is missing</translation>
    </message>
    <message>
        <source>part_number &quot;%1&quot; already exists (%2)</source>
        <translation>part_number &quot;%1&quot; already exists (%2)</translation>
    </message>
    <message>
        <source>name is missing</source>
        <translation>name is missing</translation>
    </message>
    <message>
        <source>unit_price_minor must not be negative; it is %1</source>
        <translation>unit_price_minor must not be negative; it is %1</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot; is not a known currency (known: %2)</source>
        <translation>currency &quot;%1&quot; is not a known currency (known: %2)</translation>
    </message>
    <message>
        <source>vat_code &quot;%1&quot; is not a known VAT code (known: %2)</source>
        <translation>vat_code &quot;%1&quot; is not a known VAT code (known: %2)</translation>
    </message>
    <message>
        <source>The ERP rejected the part: %1.</source>
        <translation>The ERP rejected the part: %1.</translation>
    </message>
    <message>
        <source>The ERP rejected the part %1: %2.</source>
        <translation>The ERP rejected the part %1: %2.</translation>
    </message>
    <message>
        <source>The outside edit of %1 is not valid: %2.</source>
        <translation>The outside edit of %1 is not valid: %2.</translation>
    </message>
    <message>
        <source>The part cannot be added to the dummy ERP: %1.</source>
        <translation>The part cannot be added to the dummy ERP: %1.</translation>
    </message>
    <message>
        <source>The dummy ERP has no part %1.</source>
        <translation>The dummy ERP has no part %1.</translation>
    </message>
    <message>
        <source>Too many requests (%1); retry after %2 s.</source>
        <translation>Too many requests (%1); retry after %2 s.</translation>
    </message>
    <message>
        <source>Too many requests (%1).</source>
        <translation>Too many requests (%1).</translation>
    </message>
    <message>
        <source>Server error (%1).</source>
        <translation>Server error (%1).</translation>
    </message>
    <message>
        <source>The dummy ERP refused the credentials or the session (%1).</source>
        <translation>The dummy ERP refused the credentials or the session (%1).</translation>
    </message>
    <message>
        <source>The connection to the dummy ERP failed (simulated network error); nothing was stored.</source>
        <translation>The connection to the dummy ERP failed (simulated network error); nothing was stored.</translation>
    </message>
    <message>
        <source>The ERP rejected the request (%1).</source>
        <translation>The ERP rejected the request (%1).</translation>
    </message>
    <message>
        <source>The record was changed in the ERP (%1).</source>
        <translation>The record was changed in the ERP (%1).</translation>
    </message>
    <message>
        <source>Not found (%1).</source>
        <translation>Not found (%1).</translation>
    </message>
    <message>
        <source>Not implemented (%1).</source>
        <translation>Not implemented (%1).</translation>
    </message>
    <message>
        <source>Simulated failure.</source>
        <translation>Simulated failure.</translation>
    </message>
    <message>
        <source>Cannot write the dummy ERP file &quot;%1&quot;: %2</source>
        <translation>Cannot write the dummy ERP file &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot read the dummy ERP file &quot;%1&quot;: %2</source>
        <translation>Cannot read the dummy ERP file &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The dummy ERP file &quot;%1&quot; is not valid: %2. It was left unchanged.</source>
        <translation>The dummy ERP file &quot;%1&quot; is not valid: %2. It was left unchanged.</translation>
    </message>
    <message>
        <source>%1 at line %2, column %3 (offset %4)</source>
        <translation>%1 at line %2, column %3 (offset %4)</translation>
    </message>
    <message>
        <source>the top level must be a JSON object with &quot;format&quot; and &quot;parts&quot;</source>
        <translation>the top level must be a JSON object with &quot;format&quot; and &quot;parts&quot;</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;%1&quot;</source>
        <translation>&quot;format&quot; must be &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;parts&quot; must be an array</source>
        <translation>&quot;parts&quot; must be an array</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 must be an object</translation>
    </message>
    <message>
        <source>%1 has the unknown field &quot;%2&quot;; the fields are: %3</source>
        <translation>%1 has the unknown field &quot;%2&quot;; the fields are: %3</translation>
    </message>
    <message>
        <source>%1.%2 is missing</source>
        <translation>%1.%2 is missing</translation>
    </message>
    <message>
        <source>%1.%2 must be a string</source>
        <translation>%1.%2 must be a string</translation>
    </message>
    <message>
        <source>%1.%2 must not be empty</source>
        <translation>%1.%2 must not be empty</translation>
    </message>
    <message>
        <source>%1.%2 must be a whole number or null</source>
        <translation>%1.%2 must be a whole number or null</translation>
    </message>
    <message>
        <source>%1.%2 must not be negative</source>
        <translation>%1.%2 must not be negative</translation>
    </message>
    <message>
        <source>%1.%2 &quot;%3&quot; is not a known currency (known: %4)</source>
        <translation>%1.%2 &quot;%3&quot; is not a known currency (known: %4)</translation>
    </message>
    <message>
        <source>%1.%2 &quot;%3&quot; is not a known VAT code (known: %4)</source>
        <translation>%1.%2 &quot;%3&quot; is not a known VAT code (known: %4)</translation>
    </message>
    <message>
        <source>%1.%2 &quot;%3&quot; is not an ISO 8601 UTC time such as 2026-01-15T08:30:00.125Z</source>
        <translation>%1.%2 &quot;%3&quot; is not an ISO 8601 UTC time such as 2026-01-15T08:30:00.125Z</translation>
    </message>
    <message>
        <source>%1.%2 must be true or false</source>
        <translation>%1.%2 must be true or false</translation>
    </message>
    <message>
        <source>%1.%2 &quot;%3&quot; appears more than once</source>
        <translation>%1.%2 &quot;%3&quot; appears more than once</translation>
    </message>
    <message>
        <source>%1.%2 &quot;%3&quot; is also the part number of %4; live parts need distinct part numbers</source>
        <translation>%1.%2 &quot;%3&quot; is also the part number of %4; live parts need distinct part numbers</translation>
    </message>
</context>
<context>
    <name>DummyErpAdapter</name>
    <message>
        <source>Cannot read the dummy ERP file &quot;%1&quot;: %2</source>
        <translation>Cannot read the dummy ERP file &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The dummy ERP changed but the change could not be saved: %1</source>
        <translation>The dummy ERP changed but the change could not be saved: %1</translation>
    </message>
    <message>
        <source>The dummy ERP adapter was closed before the answer arrived.</source>
        <translation>The dummy ERP adapter was closed before the answer arrived.</translation>
    </message>
    <message>
        <source>Dummy ERP with %1 parts, stored in %2</source>
        <translation>Dummy ERP with %1 parts, stored in %2</translation>
    </message>
    <message>
        <source>The dummy ERP setting &quot;%1&quot; must be %2; it is %3.</source>
        <translation>The dummy ERP setting &quot;%1&quot; must be %2; it is %3.</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>a probability from 0 to 1</source>
        <translation>a probability from 0 to 1</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>&quot;next_link&quot; or &quot;offset&quot;</source>
        <translation>&quot;next_link&quot; or &quot;offset&quot;</translation>
    </message>
    <message>
        <source>The endpoint URL &quot;%1&quot; does not name a file; use a URL such as file:///home/me/dummy-erp.json, or leave it empty to keep the dummy ERP in memory.</source>
        <translation>The endpoint URL &quot;%1&quot; does not name a file; use a URL such as file:///home/me/dummy-erp.json, or leave it empty to keep the dummy ERP in memory.</translation>
    </message>
</context>
<context>
    <name>EndpointPing</name>
    <message>
        <source>&quot;%1&quot; is not an http or https URL.</source>
        <translation>&quot;%1&quot; is not an http or https URL.</translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation>HTTP %1 in %2 ms</translation>
    </message>
    <message>
        <source>No answer after %1 ms: %2</source>
        <translation>No answer after %1 ms: %2</translation>
    </message>
</context>
<context>
    <name>ErpAdapterRegistry</name>
    <message>
        <source>The provider &quot;%1&quot; has no ERP adapter; ERP providers are: %2.</source>
        <translation>The provider &quot;%1&quot; has no ERP adapter; ERP providers are: %2.</translation>
    </message>
</context>
<context>
    <name>ErpSyncRepository</name>
    <message>
        <source>There is no open conflict with id %1.</source>
        <translation>There is no open conflict with id %1.</translation>
    </message>
    <message>
        <source>Interrupted: the process running this sync stopped before it finished.</source>
        <translation>Interrupted: the process running this sync stopped before it finished.</translation>
    </message>
    <message>
        <source>Two bindings of one part cannot be stored in one statement.</source>
        <translation>Two bindings of one part cannot be stored in one statement.</translation>
    </message>
</context>
<context>
    <name>EventFilter</name>
    <message>
        <source>Filter key &quot;%1&quot;: $eq and $ne need a string, number, true, false or null.</source>
        <translation>Filter key &quot;%1&quot;: $eq and $ne need a string, number, true, false or null.</translation>
    </message>
    <message>
        <source>Filter key &quot;%1&quot;: a list of allowed values must be a non-empty JSON array.</source>
        <translation>Filter key &quot;%1&quot;: a list of allowed values must be a non-empty JSON array.</translation>
    </message>
    <message>
        <source>Filter key &quot;%1&quot;: the list may hold only strings, numbers, true, false or null.</source>
        <translation>Filter key &quot;%1&quot;: the list may hold only strings, numbers, true, false or null.</translation>
    </message>
    <message>
        <source>Filter key &quot;%1&quot;: $gt, $gte, $lt and $lte need a number or a string.</source>
        <translation>Filter key &quot;%1&quot;: $gt, $gte, $lt and $lte need a number or a string.</translation>
    </message>
    <message>
        <source>Filter key &quot;%1&quot;: $exists needs true or false.</source>
        <translation>Filter key &quot;%1&quot;: $exists needs true or false.</translation>
    </message>
    <message>
        <source>Filter key &quot;%1&quot; is not a field path such as &quot;priority&quot; or &quot;gate.site&quot;.</source>
        <translation>Filter key &quot;%1&quot; is not a field path such as &quot;priority&quot; or &quot;gate.site&quot;.</translation>
    </message>
    <message>
        <source>Filter key &quot;%1&quot;: an operator object needs at least one of $eq, $ne, $in, $nin, $gt, $gte, $lt, $lte, $exists.</source>
        <translation>Filter key &quot;%1&quot;: an operator object needs at least one of $eq, $ne, $in, $nin, $gt, $gte, $lt, $lte, $exists.</translation>
    </message>
    <message>
        <source>Filter key &quot;%1&quot;: unknown operator &quot;%2&quot; (use $eq, $ne, $in, $nin, $gt, $gte, $lt, $lte or $exists; reach nested fields with dotted keys).</source>
        <translation>Filter key &quot;%1&quot;: unknown operator &quot;%2&quot; (use $eq, $ne, $in, $nin, $gt, $gte, $lt, $lte or $exists; reach nested fields with dotted keys).</translation>
    </message>
</context>
<context>
    <name>EventTypes</name>
    <message>
        <source>A gate or garage door was registered.</source>
        <translation>A gate or garage door was registered.</translation>
    </message>
    <message>
        <source>A gate&apos;s data changed.</source>
        <translation>A gate&apos;s data changed.</translation>
    </message>
    <message>
        <source>A gate&apos;s periodic inspection falls due.</source>
        <translation>A gate&apos;s periodic inspection falls due.</translation>
    </message>
    <message>
        <source>A fault was reported on a gate.</source>
        <translation>A fault was reported on a gate.</translation>
    </message>
    <message>
        <source>A work order was opened.</source>
        <translation>A work order was opened.</translation>
    </message>
    <message>
        <source>A work order was completed.</source>
        <translation>A work order was completed.</translation>
    </message>
    <message>
        <source>A spare part was added to the inventory.</source>
        <translation>A spare part was added to the inventory.</translation>
    </message>
    <message>
        <source>A spare part&apos;s stock fell below its minimum.</source>
        <translation>A spare part&apos;s stock fell below its minimum.</translation>
    </message>
    <message>
        <source>Spare parts were taken from or added to stock.</source>
        <translation>Spare parts were taken from or added to stock.</translation>
    </message>
    <message>
        <source>A maintenance visit was scheduled.</source>
        <translation>A maintenance visit was scheduled.</translation>
    </message>
    <message>
        <source>A maintenance visit was completed.</source>
        <translation>A maintenance visit was completed.</translation>
    </message>
    <message>
        <source>A test event that checks an endpoint.</source>
        <translation>A test event that checks an endpoint.</translation>
    </message>
    <message>
        <source>Unknown event type(s): %1. Known types: %2.</source>
        <translation>Unknown event type(s): %1. Known types: %2.</translation>
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
        <translation>Usage: garagereg-integrations [options]

GarageReg Integrations desktop application: webhook subscriptions and ERP adapters.

Options:
  --database &lt;url&gt;   sqlite:///absolute/path.db or postgresql://user@host:port/dbname
                     (default: $GARAGEREG_DATABASE, else the per-user SQLite file).
  --language &lt;lang&gt;  hu or en (default: hu when the system language is Hungarian, else en).
  -h, --help         Show this help.
  -v, --version      Show the version.

The PostgreSQL password comes from PGPASSWORD or the keychain
(garagereg-integrations-cli db set-password).
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <source>Database URL.</source>
        <translation>Database URL.</translation>
    </message>
    <message>
        <source>User interface language (hu or en).</source>
        <translation>User interface language (hu or en).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--database needs a URL.</source>
        <translation>--database needs a URL.</translation>
    </message>
    <message>
        <source>unsupported language &quot;%1&quot; (use %2).</source>
        <translation>unsupported language &quot;%1&quot; (use %2).</translation>
    </message>
</context>
<context>
    <name>HealthStatus</name>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Healthy</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>IntegrationCredentials</name>
    <message>
        <source>There is no integration with id %1.</source>
        <translation>There is no integration with id %1.</translation>
    </message>
    <message>
        <source>The credential was not stored: %1</source>
        <translation>The credential was not stored: %1</translation>
    </message>
</context>
<context>
    <name>IntegrationRepository</name>
    <message>
        <source>The integration</source>
        <translation>The integration</translation>
    </message>
    <message>
        <source>There is no integration with id %1.</source>
        <translation>There is no integration with id %1.</translation>
    </message>
</context>
<context>
    <name>IntegrationValidator</name>
    <message>
        <source>The name is empty.</source>
        <translation>The name is empty.</translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation>The name is longer than 200 characters.</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;; known providers: %2.</source>
        <translation>Unknown provider &quot;%1&quot;; known providers: %2.</translation>
    </message>
    <message>
        <source>The endpoint URL &quot;%1&quot; is not an http or https URL.</source>
        <translation>The endpoint URL &quot;%1&quot; is not an http or https URL.</translation>
    </message>
    <message>
        <source>The rate limit must be a positive number of requests per minute.</source>
        <translation>The rate limit must be a positive number of requests per minute.</translation>
    </message>
    <message>
        <source>The endpoint URL &quot;%1&quot; contains a user name or password, which would be stored and shown with it. Remove it and store the credential in the keychain (erp set-credential).</source>
        <translation>The endpoint URL &quot;%1&quot; contains a user name or password, which would be stored and shown with it. Remove it and store the credential in the keychain (erp set-credential).</translation>
    </message>
    <message>
        <source>The CA certificates (%1) are not PEM certificates (-----BEGIN CERTIFICATE-----).</source>
        <translation>The CA certificates (%1) are not PEM certificates (-----BEGIN CERTIFICATE-----).</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain has no entry &quot;%1&quot;.</source>
        <translation>The keychain has no entry &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The keychain refused access to &quot;%1&quot;: %2</source>
        <translation>The keychain refused access to &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The keychain failed for &quot;%1&quot;: %2</source>
        <translation>The keychain failed for &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 seconds; it may be locked and waiting for a password prompt that cannot be shown</source>
        <translation>the keychain did not answer within %1 seconds; it may be locked and waiting for a password prompt that cannot be shown</translation>
    </message>
    <message>
        <source>No keychain is available to store secrets (%1). On Linux, run a Secret Service provider such as gnome-keyring or KWallet in your desktop session and unlock it; on a server without a desktop, start one with: dbus-run-session -- sh -c &apos;gnome-keyring-daemon --unlock --components=secrets&apos;. Secrets are never written in plaintext instead.</source>
        <translation>No keychain is available to store secrets (%1). On Linux, run a Secret Service provider such as gnome-keyring or KWallet in your desktop session and unlock it; on a server without a desktop, start one with: dbus-run-session -- sh -c &apos;gnome-keyring-daemon --unlock --components=secrets&apos;. Secrets are never written in plaintext instead.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The database %1 has schema version %2, but this version of GarageReg Integrations understands only up to version %3. Upgrade the application; the database was not changed.</source>
        <translation>The database %1 has schema version %2, but this version of GarageReg Integrations understands only up to version %3. Upgrade the application; the database was not changed.</translation>
    </message>
    <message>
        <source>Unknown schema version %1.</source>
        <translation>Unknown schema version %1.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Unknown currency &quot;%1&quot;; known currencies: %2.</source>
        <translation>Unknown currency &quot;%1&quot;; known currencies: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount such as 12999 or 12999.50.</source>
        <translation>&quot;%1&quot; is not an amount such as 12999 or 12999.50.</translation>
    </message>
    <message>
        <source>The amount %1 is negative.</source>
        <translation>The amount %1 is negative.</translation>
    </message>
    <message>
        <source>%1 has no minor unit: %2 cannot have decimals.</source>
        <translation>%1 has no minor unit: %2 cannot have decimals.</translation>
    </message>
    <message>
        <source>%1 has %2 decimals: %3 has more.</source>
        <translation>%1 has %2 decimals: %3 has more.</translation>
    </message>
</context>
<context>
    <name>OutboundPolicy</name>
    <message>
        <source>The outbound policy&apos;s &quot;%1&quot; is not a list.</source>
        <translation>The outbound policy&apos;s &quot;%1&quot; is not a list.</translation>
    </message>
    <message>
        <source>The outbound policy&apos;s &quot;%1&quot; holds something other than text.</source>
        <translation>The outbound policy&apos;s &quot;%1&quot; holds something other than text.</translation>
    </message>
    <message>
        <source>The stored outbound policy is not a JSON object.</source>
        <translation>The stored outbound policy is not a JSON object.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or a pattern like *.example.com.</source>
        <translation>&quot;%1&quot; is not a host name or a pattern like *.example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network like 10.0.0.0/8 or fd00::/8.</source>
        <translation>&quot;%1&quot; is not a network like 10.0.0.0/8 or fd00::/8.</translation>
    </message>
    <message>
        <source>the outbound policy allows only http and https URLs</source>
        <translation>the outbound policy allows only http and https URLs</translation>
    </message>
    <message>
        <source>the outbound policy allows only https (rule https-only)</source>
        <translation>the outbound policy allows only https (rule https-only)</translation>
    </message>
    <message>
        <source>the host %1 is on the outbound policy&apos;s deny list (rule deny-host %2)</source>
        <translation>the host %1 is on the outbound policy&apos;s deny list (rule deny-host %2)</translation>
    </message>
    <message>
        <source>%1 is on none of the outbound policy&apos;s allow lists (rules allow-host, allow-network)</source>
        <translation>%1 is on none of the outbound policy&apos;s allow lists (rules allow-host, allow-network)</translation>
    </message>
    <message>
        <source>the address %1 is in a network on the outbound policy&apos;s deny list (rule deny-network %2)</source>
        <translation>the address %1 is in a network on the outbound policy&apos;s deny list (rule deny-network %2)</translation>
    </message>
    <message>
        <source>the address %1 is private, loopback or link-local, which the outbound policy refuses (rule refuse-private)</source>
        <translation>the address %1 is private, loopback or link-local, which the outbound policy refuses (rule refuse-private)</translation>
    </message>
    <message>
        <source>the addresses of %1 are unknown, so the outbound policy cannot allow it</source>
        <translation>the addresses of %1 are unknown, so the outbound policy cannot allow it</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>https-only: %1</source>
        <translation>https-only: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>refuse-private: %1</source>
        <translation>refuse-private: %1</translation>
    </message>
    <message>
        <source>allow-host: %1</source>
        <translation>allow-host: %1</translation>
    </message>
    <message>
        <source>deny-host: %1</source>
        <translation>deny-host: %1</translation>
    </message>
    <message>
        <source>allow-network: %1</source>
        <translation>allow-network: %1</translation>
    </message>
    <message>
        <source>deny-network: %1</source>
        <translation>deny-network: %1</translation>
    </message>
</context>
<context>
    <name>PartRepository</name>
    <message>
        <source>The part</source>
        <translation>The part</translation>
    </message>
    <message>
        <source>A part with the number &quot;%1&quot; already exists.</source>
        <translation>A part with the number &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <source>There is no part with id %1.</source>
        <translation>There is no part with id %1.</translation>
    </message>
    <message>
        <source>There is no part &quot;%1&quot; to delete.</source>
        <translation>There is no part &quot;%1&quot; to delete.</translation>
    </message>
    <message>
        <source>Storing %1 parts returned %2 ids.</source>
        <translation>Storing %1 parts returned %2 ids.</translation>
    </message>
</context>
<context>
    <name>PartValidator</name>
    <message>
        <source>The part number &quot;%1&quot; must be 1 to 64 letters, digits, dots, dashes, slashes or underscores, starting with a letter or digit.</source>
        <translation>The part number &quot;%1&quot; must be 1 to 64 letters, digits, dots, dashes, slashes or underscores, starting with a letter or digit.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>The name is empty.</translation>
    </message>
    <message>
        <source>The unit price must not be negative.</source>
        <translation>The unit price must not be negative.</translation>
    </message>
    <message>
        <source>The unit is empty.</source>
        <translation>The unit is empty.</translation>
    </message>
    <message>
        <source>The minimum stock must not be negative.</source>
        <translation>The minimum stock must not be negative.</translation>
    </message>
    <message>
        <source>The currency &quot;%1&quot; is not one of %2.</source>
        <translation>The currency &quot;%1&quot; is not one of %2.</translation>
    </message>
    <message>
        <source>The VAT code &quot;%1&quot; is not one of %2.</source>
        <translation>The VAT code &quot;%1&quot; is not one of %2.</translation>
    </message>
    <message>
        <source>The stock must not be negative.</source>
        <translation>The stock must not be negative.</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>%1 is not valid: %2</source>
        <translation>%1 is not valid: %2</translation>
    </message>
    <message>
        <source>The stored %1 is not valid JSON: %2</source>
        <translation>The stored %1 is not valid JSON: %2</translation>
    </message>
    <message>
        <source>The stored %1 is not a JSON object.</source>
        <translation>The stored %1 is not a JSON object.</translation>
    </message>
    <message>
        <source>The stored %1 is not a JSON array.</source>
        <translation>The stored %1 is not a JSON array.</translation>
    </message>
</context>
<context>
    <name>RestApi</name>
    <message>
        <source>&quot;%1&quot; is required.</source>
        <translation>&quot;%1&quot; is required.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>&quot;%1&quot; must be a string.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty.</source>
        <translation>&quot;%1&quot; must not be empty.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>&quot;%1&quot; must be a whole number from %2 to %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; must be true or false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of strings.</source>
        <translation>&quot;%1&quot; must be an array of strings.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of whole numbers.</source>
        <translation>&quot;%1&quot; must be an array of whole numbers.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold whole numbers from %2 to %3.</source>
        <translation>&quot;%1&quot; must hold whole numbers from %2 to %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a JSON object.</source>
        <translation>&quot;%1&quot; must be a JSON object.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an ISO 8601 time such as 2026-12-01T08:00:00Z.</source>
        <translation>&quot;%1&quot; must be an ISO 8601 time such as 2026-12-01T08:00:00Z.</translation>
    </message>
    <message>
        <source>A JSON object body is required.</source>
        <translation>A JSON object body is required.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a positive whole number.</source>
        <translation>&quot;%1&quot; must be a positive whole number.</translation>
    </message>
    <message>
        <source>This token is limited to organization &quot;%1&quot;.</source>
        <translation>This token is limited to organization &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Send an API token: &quot;Authorization: Bearer &lt;token&gt;&quot;.</source>
        <translation>Send an API token: &quot;Authorization: Bearer &lt;token&gt;&quot;.</translation>
    </message>
    <message>
        <source>The API token is unknown or revoked.</source>
        <translation>The API token is unknown or revoked.</translation>
    </message>
    <message>
        <source>Send the body as application/json.</source>
        <translation>Send the body as application/json.</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1 at byte %2.</source>
        <translation>The body is not valid JSON: %1 at byte %2.</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>The body must be a JSON object.</translation>
    </message>
    <message>
        <source>Use %1 on this path.</source>
        <translation>Use %1 on this path.</translation>
    </message>
    <message>
        <source>There is no route %1 %2.</source>
        <translation>There is no route %1 %2.</translation>
    </message>
    <message>
        <source>There is no integration with id %1.</source>
        <translation>There is no integration with id %1.</translation>
    </message>
    <message>
        <source>&quot;type&quot; must be erp, webhook or api.</source>
        <translation>&quot;type&quot; must be erp, webhook or api.</translation>
    </message>
    <message>
        <source>Send {&quot;status&quot;: &quot;active&quot;} or {&quot;status&quot;: &quot;inactive&quot;} (or &quot;active&quot;: true/false).</source>
        <translation>Send {&quot;status&quot;: &quot;active&quot;} or {&quot;status&quot;: &quot;inactive&quot;} (or &quot;active&quot;: true/false).</translation>
    </message>
    <message>
        <source>Unknown event type &quot;%1&quot;; known: %2.</source>
        <translation>Unknown event type &quot;%1&quot;; known: %2.</translation>
    </message>
    <message>
        <source>&quot;signature_scheme&quot; must be garagereg or standard-webhooks.</source>
        <translation>&quot;signature_scheme&quot; must be garagereg or standard-webhooks.</translation>
    </message>
    <message>
        <source>&quot;status&quot; must be pending, retrying, delivered, failed or expired.</source>
        <translation>&quot;status&quot; must be pending, retrying, delivered, failed or expired.</translation>
    </message>
    <message>
        <source>There is no delivery with request id %1.</source>
        <translation>There is no delivery with request id %1.</translation>
    </message>
    <message>
        <source>Integration %1 is not an ERP integration.</source>
        <translation>Integration %1 is not an ERP integration.</translation>
    </message>
    <message>
        <source>Integration %1 is inactive; activate it before syncing.</source>
        <translation>Integration %1 is inactive; activate it before syncing.</translation>
    </message>
    <message>
        <source>&quot;sync_type&quot; must be parts_from_erp, parts_to_erp or bidirectional.</source>
        <translation>&quot;sync_type&quot; must be parts_from_erp, parts_to_erp or bidirectional.</translation>
    </message>
    <message>
        <source>The request failed on the server. Its log has the reason under request id %1.</source>
        <translation>The request failed on the server. Its log has the reason under request id %1.</translation>
    </message>
    <message numerus="yes">
        <source>This token made more than %1 requests a second (bursts of %2); try again in %n second(s).</source>
        <translation>
            <numerusform>This token made more than %1 requests a second (bursts of %2); try again in %n second.</numerusform>
            <numerusform>This token made more than %1 requests a second (bursts of %2); try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another sync of integration %1 is running (sync log %2); try again when it has finished.</source>
        <translation>Another sync of integration %1 is running (sync log %2); try again when it has finished.</translation>
    </message>
    <message>
        <source>The sync of integration %1 stopped at once; sync log %2 says why.</source>
        <translation>The sync of integration %1 stopped at once; sync log %2 says why.</translation>
    </message>
    <message>
        <source>The REST API accepts only http and https endpoint URLs; a file endpoint is set on the command line or in the desktop application.</source>
        <translation>The REST API accepts only http and https endpoint URLs; a file endpoint is set on the command line or in the desktop application.</translation>
    </message>
    <message>
        <source>The URL is refused: %1.</source>
        <translation>The URL is refused: %1.</translation>
    </message>
</context>
<context>
    <name>RestJsonProfile</name>
    <message>
        <source>The integration setting %1 is wrong: %2</source>
        <translation>The integration setting %1 is wrong: %2</translation>
    </message>
    <message>
        <source>it is missing; give a string.</source>
        <translation>it is missing; give a string.</translation>
    </message>
    <message>
        <source>it is %1; give a string.</source>
        <translation>it is %1; give a string.</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>it is empty.</translation>
    </message>
    <message>
        <source>it is %1; give true or false.</source>
        <translation>it is %1; give true or false.</translation>
    </message>
    <message>
        <source>it must be a whole number from %1 to %2.</source>
        <translation>it must be a whole number from %1 to %2.</translation>
    </message>
    <message>
        <source>it is missing; give an object.</source>
        <translation>it is missing; give an object.</translation>
    </message>
    <message>
        <source>it is %1; give an object.</source>
        <translation>it is %1; give an object.</translation>
    </message>
    <message>
        <source>it is %1; it must be one of %2.</source>
        <translation>it is %1; it must be one of %2.</translation>
    </message>
    <message>
        <source>a query parameter has no name.</source>
        <translation>a query parameter has no name.</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; is %2; give a string.</source>
        <translation>the parameter &quot;%1&quot; is %2; give a string.</translation>
    </message>
    <message>
        <source>it is empty; leave it out when the API has no such field.</source>
        <translation>it is empty; leave it out when the API has no such field.</translation>
    </message>
    <message>
        <source>it is %1; give the JSON key as a string.</source>
        <translation>it is %1; give the JSON key as a string.</translation>
    </message>
    <message>
        <source>The integration setting %1 uses {%2}, which only %3 may use.</source>
        <translation>The integration setting %1 uses {%2}, which only %3 may use.</translation>
    </message>
    <message>
        <source>it is missing; give {&quot;type&quot;: &quot;none&quot;} for an API without one.</source>
        <translation>it is missing; give {&quot;type&quot;: &quot;none&quot;} for an API without one.</translation>
    </message>
    <message>
        <source>it is missing; give none, bearer, api_key or basic.</source>
        <translation>it is missing; give none, bearer, api_key or basic.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP header name.</source>
        <translation>&quot;%1&quot; is not an HTTP header name.</translation>
    </message>
    <message>
        <source>it contains a line break.</source>
        <translation>it contains a line break.</translation>
    </message>
    <message>
        <source>it must contain {id}, e.g. &quot;items/{id}&quot;.</source>
        <translation>it must contain {id}, e.g. &quot;items/{id}&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a path relative to the endpoint URL, without a leading /, a query or a fragment.</source>
        <translation>&quot;%1&quot; must be a path relative to the endpoint URL, without a leading /, a query or a fragment.</translation>
    </message>
    <message>
        <source>it is missing; with paging style %1 the list response is an object, so name its array.</source>
        <translation>it is missing; with paging style %1 the list response is an object, so name its array.</translation>
    </message>
    <message>
        <source>no parameter uses {since}, e.g. {&quot;modified_since&quot;: &quot;{since}&quot;}.</source>
        <translation>no parameter uses {since}, e.g. {&quot;modified_since&quot;: &quot;{since}&quot;}.</translation>
    </message>
    <message>
        <source>no parameter uses {value}, e.g. {&quot;sku&quot;: &quot;{value}&quot;}.</source>
        <translation>no parameter uses {value}, e.g. {&quot;sku&quot;: &quot;{value}&quot;}.</translation>
    </message>
    <message>
        <source>give its &quot;field&quot; in the record or its response &quot;header&quot;.</source>
        <translation>give its &quot;field&quot; in the record or its response &quot;header&quot;.</translation>
    </message>
    <message>
        <source>it is %1; give an array of strings.</source>
        <translation>it is %1; give an array of strings.</translation>
    </message>
    <message>
        <source>it holds %1; give strings.</source>
        <translation>it holds %1; give strings.</translation>
    </message>
    <message>
        <source>it is missing; give the key of the ERP&apos;s own id.</source>
        <translation>it is missing; give the key of the ERP&apos;s own id.</translation>
    </message>
    <message>
        <source>it is missing; give the key of the part number, or {&quot;field&quot;: &quot;comment&quot;, &quot;marker&quot;: &quot;PN:&quot;} to keep it as a line in a text field.</source>
        <translation>it is missing; give the key of the part number, or {&quot;field&quot;: &quot;comment&quot;, &quot;marker&quot;: &quot;PN:&quot;} to keep it as a line in a text field.</translation>
    </message>
    <message>
        <source>it is missing; give the key of the part&apos;s name.</source>
        <translation>it is missing; give the key of the part&apos;s name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 code such as HUF or EUR.</source>
        <translation>&quot;%1&quot; is not an ISO 4217 code such as HUF or EUR.</translation>
    </message>
    <message>
        <source>a price needs its currency: give the key of the currency, or {&quot;fixed&quot;: &quot;HUF&quot;}.</source>
        <translation>a price needs its currency: give the key of the currency, or {&quot;fixed&quot;: &quot;HUF&quot;}.</translation>
    </message>
    <message>
        <source>it is the same key as changes.field.</source>
        <translation>it is the same key as changes.field.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP error status from 300 to 599.</source>
        <translation>&quot;%1&quot; is not an HTTP error status from 300 to 599.</translation>
    </message>
    <message>
        <source>give one of network, timeout, rate_limited, server, authentication, validation, conflict, not_found, not_supported, configuration.</source>
        <translation>give one of network, timeout, rate_limited, server, authentication, validation, conflict, not_found, not_supported, configuration.</translation>
    </message>
    <message>
        <source>The integration setting %1 is missing or empty; %2 needs it.</source>
        <translation>The integration setting %1 is missing or empty; %2 needs it.</translation>
    </message>
    <message>
        <source>the profile</source>
        <translation>the profile</translation>
    </message>
    <message>
        <source>The integration setting %1 must not contain { or }.</source>
        <translation>The integration setting %1 must not contain { or }.</translation>
    </message>
    <message>
        <source>the currency of %1&apos;s prices</source>
        <translation>the currency of %1&apos;s prices</translation>
    </message>
    <message>
        <source>The integration setting %1 is &quot;%2&quot;, which is not an ISO 4217 code such as HUF or EUR.</source>
        <translation>The integration setting %1 is &quot;%2&quot;, which is not an ISO 4217 code such as HUF or EUR.</translation>
    </message>
    <message>
        <source>%1 record %2</source>
        <translation>%1 record %2</translation>
    </message>
    <message>
        <source>%1 record %2 (%3)</source>
        <translation>%1 record %2 (%3)</translation>
    </message>
    <message>
        <source>%1: the price field %2 is %3, not a number.</source>
        <translation>%1: the price field %2 is %3, not a number.</translation>
    </message>
    <message>
        <source>%1: the price %2 = %3 has no valid currency (&quot;%4&quot; is not an ISO 4217 code).</source>
        <translation>%1: the price %2 = %3 has no valid currency (&quot;%4&quot; is not an ISO 4217 code).</translation>
    </message>
    <message>
        <source>%1: the price field %2 = %3 %4 cannot be stored exactly: %5</source>
        <translation>%1: the price field %2 = %3 %4 cannot be stored exactly: %5</translation>
    </message>
    <message>
        <source>The part number contains a line break.</source>
        <translation>The part number contains a line break.</translation>
    </message>
    <message>
        <source>The part&apos;s currency &quot;%1&quot; is not an ISO 4217 code such as HUF or EUR; %2 needs it for %3.</source>
        <translation>The part&apos;s currency &quot;%1&quot; is not an ISO 4217 code such as HUF or EUR; %2 needs it for %3.</translation>
    </message>
    <message>
        <source>The part&apos;s price is in %1, but %2 holds every price (%3) in %4; convert it first.</source>
        <translation>The part&apos;s price is in %1, but %2 holds every price (%3) in %4; convert it first.</translation>
    </message>
    <message>
        <source>The price %1 (minor units) is too large for %2.</source>
        <translation>The price %1 (minor units) is too large for %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal number such as 12999.50.</source>
        <translation>&quot;%1&quot; is not a decimal number such as 12999.50.</translation>
    </message>
    <message>
        <source>it has %1 decimals; the currency has none.</source>
        <translation>it has %1 decimals; the currency has none.</translation>
    </message>
    <message>
        <source>it has %1 decimals; the currency has %2.</source>
        <translation>it has %1 decimals; the currency has %2.</translation>
    </message>
    <message>
        <source>it is too large to be kept exactly.</source>
        <translation>it is too large to be kept exactly.</translation>
    </message>
</context>
<context>
    <name>SectionInfo</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrations</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Subscriptions</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Deliveries</translation>
    </message>
    <message>
        <source>ERP Sync</source>
        <translation>ERP Sync</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>An overview of the health of every integration, recent deliveries and synchronisations.</source>
        <translation>An overview of the health of every integration, recent deliveries and synchronisations.</translation>
    </message>
    <message>
        <source>The ERP, webhook and API integrations: their settings, credentials and health.</source>
        <translation>The ERP, webhook and API integrations: their settings, credentials and health.</translation>
    </message>
    <message>
        <source>Webhook subscriptions: which events go to which endpoint, signed with which secret.</source>
        <translation>Webhook subscriptions: which events go to which endpoint, signed with which secret.</translation>
    </message>
    <message>
        <source>The delivery log of webhook events, with every attempt, its response and manual retries.</source>
        <translation>The delivery log of webhook events, with every attempt, its response and manual retries.</translation>
    </message>
    <message>
        <source>Synchronisation runs with the ERP systems, their entries, conflicts and part bindings.</source>
        <translation>Synchronisation runs with the ERP systems, their entries, conflicts and part bindings.</translation>
    </message>
    <message>
        <source>The spare parts catalogue that is exchanged with the ERP systems.</source>
        <translation>The spare parts catalogue that is exchanged with the ERP systems.</translation>
    </message>
    <message>
        <source>Webhook subscriptions</source>
        <translation>Webhook subscriptions</translation>
    </message>
    <message>
        <source>Webhook deliveries</source>
        <translation>Webhook deliveries</translation>
    </message>
    <message>
        <source>Delivery attempts</source>
        <translation>Delivery attempts</translation>
    </message>
    <message>
        <source>Webhook events</source>
        <translation>Webhook events</translation>
    </message>
    <message>
        <source>ERP synchronisation runs</source>
        <translation>ERP synchronisation runs</translation>
    </message>
    <message>
        <source>ERP synchronisation log entries</source>
        <translation>ERP synchronisation log entries</translation>
    </message>
    <message>
        <source>Part bindings to ERP items</source>
        <translation>Part bindings to ERP items</translation>
    </message>
    <message>
        <source>Spare parts</source>
        <translation>Spare parts</translation>
    </message>
    <message>
        <source>ERP synchronisation cursors</source>
        <translation>ERP synchronisation cursors</translation>
    </message>
    <message>
        <source>Schema history</source>
        <translation>Schema history</translation>
    </message>
    <message>
        <source>Application metadata</source>
        <translation>Application metadata</translation>
    </message>
    <message>
        <source>ERP sync conflicts waiting for a decision</source>
        <translation>ERP sync conflicts waiting for a decision</translation>
    </message>
    <message>
        <source>ERP synchronisations running now</source>
        <translation>ERP synchronisations running now</translation>
    </message>
    <message>
        <source>Trigger event</source>
        <translation>Trigger event</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Raise an event by hand, for example to test a new endpoint, and see beforehand who receives it.</source>
        <translation>Raise an event by hand, for example to test a new endpoint, and see beforehand who receives it.</translation>
    </message>
    <message>
        <source>The database, the language, and the defaults for new subscriptions.</source>
        <translation>The database, the language, and the defaults for new subscriptions.</translation>
    </message>
    <message>
        <source>REST API tokens (hashes only)</source>
        <translation>REST API tokens (hashes only)</translation>
    </message>
</context>
<context>
    <name>SqlQuery</name>
    <message>
        <source>prepare</source>
        <translation>prepare</translation>
    </message>
    <message>
        <source>run</source>
        <translation>run</translation>
    </message>
    <message>
        <source>Database error: could not %1 &quot;%2&quot;: %3</source>
        <translation>Database error: could not %1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>The connection to the database server was lost (%1). This step did not complete; the connection is opened again at the next try.</source>
        <translation>The connection to the database server was lost (%1). This step did not complete; the connection is opened again at the next try.</translation>
    </message>
    <message>
        <source>The database is full: the disk has no free space left or the database reached its size limit (%1). Nothing of this change was saved; free some space and try again.</source>
        <translation>The database is full: the disk has no free space left or the database reached its size limit (%1). Nothing of this change was saved; free some space and try again.</translation>
    </message>
    <message>
        <source>The database is locked by another program (%1). Nothing of this change was saved; close the program that keeps the database busy, or wait for it, and try again.</source>
        <translation>The database is locked by another program (%1). Nothing of this change was saved; close the program that keeps the database busy, or wait for it, and try again.</translation>
    </message>
    <message>
        <source>A database error stopped it; the server&apos;s log has the details.</source>
        <translation>A database error stopped it; the server&apos;s log has the details.</translation>
    </message>
    <message>
        <source>bind</source>
        <translation>bind</translation>
    </message>
    <message>
        <source>This build runs no statement through SQLite&apos;s C API (GARAGEREG_SQLITE_DIRECT is off); run it through SqlQuery where SqliteStatement::handleOf() is null: %1</source>
        <translation>This build runs no statement through SQLite&apos;s C API (GARAGEREG_SQLITE_DIRECT is off); run it through SqlQuery where SqliteStatement::handleOf() is null: %1</translation>
    </message>
</context>
<context>
    <name>SubscriptionService</name>
    <message>
        <source>The subscription was not saved: %1</source>
        <translation>The subscription was not saved: %1</translation>
    </message>
    <message>
        <source>There is no subscription with id %1.</source>
        <translation>There is no subscription with id %1.</translation>
    </message>
    <message>
        <source>The secret was not rotated: %1</source>
        <translation>The secret was not rotated: %1</translation>
    </message>
    <message>
        <source>The subscription was deleted, but its secret could not be removed from the keychain: %1</source>
        <translation>The subscription was deleted, but its secret could not be removed from the keychain: %1</translation>
    </message>
</context>
<context>
    <name>SyncDirection</name>
    <message>
        <source>From the ERP</source>
        <translation>From the ERP</translation>
    </message>
    <message>
        <source>To the ERP</source>
        <translation>To the ERP</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>Both ways</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Partly succeeded</source>
        <translation>Partly succeeded</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>TeamKeyService</name>
    <message>
        <source>This database already has a team key (id %1). On a new machine, import it with &quot;team-key import&quot;; to replace it, use &quot;team-key rotate&quot;.</source>
        <translation>This database already has a team key (id %1). On a new machine, import it with &quot;team-key import&quot;; to replace it, use &quot;team-key rotate&quot;.</translation>
    </message>
    <message>
        <source>These secrets are not in this machine&apos;s keychain, so they cannot be moved into the database: %1. Run &quot;team-key create&quot; on the machine that set them up, or set them again (subscription rotate-secret, erp set-credential) and try again.</source>
        <translation>These secrets are not in this machine&apos;s keychain, so they cannot be moved into the database: %1. Run &quot;team-key create&quot; on the machine that set them up, or set them again (subscription rotate-secret, erp set-credential) and try again.</translation>
    </message>
    <message>
        <source>The team key was not stored: %1</source>
        <translation>The team key was not stored: %1</translation>
    </message>
    <message>
        <source>The database was not switched to a team key: %1</source>
        <translation>The database was not switched to a team key: %1</translation>
    </message>
    <message>
        <source>This database has no team key: its secrets are in each machine&apos;s keychain. Create one with &quot;team-key create&quot;.</source>
        <translation>This database has no team key: its secrets are in each machine&apos;s keychain. Create one with &quot;team-key create&quot;.</translation>
    </message>
    <message>
        <source>This is not a GarageReg team key; it starts with &quot;%1&quot; and comes from &quot;team-key export&quot;.</source>
        <translation>This is not a GarageReg team key; it starts with &quot;%1&quot; and comes from &quot;team-key export&quot;.</translation>
    </message>
    <message>
        <source>This team key belongs to another database (%1), not to this one (%2).</source>
        <translation>This team key belongs to another database (%1), not to this one (%2).</translation>
    </message>
    <message>
        <source>This database has no team key yet: create one with &quot;team-key create&quot; first.</source>
        <translation>This database has no team key yet: create one with &quot;team-key create&quot; first.</translation>
    </message>
    <message>
        <source>This is not the team key the database uses now (id %1, this key&apos;s id is %2): it was rotated since. Export the key again on a machine that has the current one.</source>
        <translation>This is not the team key the database uses now (id %1, this key&apos;s id is %2): it was rotated since. Export the key again on a machine that has the current one.</translation>
    </message>
    <message>
        <source>This database has no team key to rotate. Create one with &quot;team-key create&quot;.</source>
        <translation>This database has no team key to rotate. Create one with &quot;team-key create&quot;.</translation>
    </message>
    <message>
        <source>The new team key was not stored: %1</source>
        <translation>The new team key was not stored: %1</translation>
    </message>
    <message>
        <source>The team key was changed by another machine meanwhile; nothing was rotated.</source>
        <translation>The team key was changed by another machine meanwhile; nothing was rotated.</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; is encrypted with a team key (id %2) that is no longer in use; set it again, then rotate.</source>
        <translation>The secret &quot;%1&quot; is encrypted with a team key (id %2) that is no longer in use; set it again, then rotate.</translation>
    </message>
    <message>
        <source>The encrypted secret &quot;%1&quot; failed its integrity check: it was altered in the database. Set it again, then rotate.</source>
        <translation>The encrypted secret &quot;%1&quot; failed its integrity check: it was altered in the database. Set it again, then rotate.</translation>
    </message>
    <message>
        <source>The team key was not rotated: %1</source>
        <translation>The team key was not rotated: %1</translation>
    </message>
</context>
<context>
    <name>TeamSecretStore</name>
    <message>
        <source>This database&apos;s secrets are encrypted with a team key (id %1) that this machine does not have: run &quot;garagereg-integrations-cli team-key export&quot; on a machine that has it and pipe the output into &quot;garagereg-integrations-cli team-key import&quot; on this one.</source>
        <translation>This database&apos;s secrets are encrypted with a team key (id %1) that this machine does not have: run &quot;garagereg-integrations-cli team-key export&quot; on a machine that has it and pipe the output into &quot;garagereg-integrations-cli team-key import&quot; on this one.</translation>
    </message>
    <message>
        <source>The team key in this machine&apos;s keychain does not match its id %1; import it again.</source>
        <translation>The team key in this machine&apos;s keychain does not match its id %1; import it again.</translation>
    </message>
    <message>
        <source>The encrypted secret &quot;%1&quot; failed its integrity check: it was altered in the database, or copied from another row or database. Set it again.</source>
        <translation>The encrypted secret &quot;%1&quot; failed its integrity check: it was altered in the database, or copied from another row or database. Set it again.</translation>
    </message>
    <message>
        <source>The team key changed while &quot;%1&quot; was being stored; try again.</source>
        <translation>The team key changed while &quot;%1&quot; was being stored; try again.</translation>
    </message>
    <message>
        <source>The database has no encrypted secret &quot;%1&quot;. If it was set on a machine while the database was switched to a team key, it stayed in that machine&apos;s keychain: set it again (subscription rotate-secret, erp set-credential).</source>
        <translation>The database has no encrypted secret &quot;%1&quot;. If it was set on a machine while the database was switched to a team key, it stayed in that machine&apos;s keychain: set it again (subscription rotate-secret, erp set-credential).</translation>
    </message>
</context>
<context>
    <name>UnsupportedErpAdapter</name>
    <message>
        <source>%1 is not supported yet: GarageReg Integrations cannot connect to it in this version. Use the rest-json provider with a profile for its REST API, or ask for the %1 adapter.</source>
        <translation>%1 is not supported yet: GarageReg Integrations cannot connect to it in this version. Use the rest-json provider with a profile for its REST API, or ask for the %1 adapter.</translation>
    </message>
</context>
<context>
    <name>WebhookSignature</name>
    <message>
        <source>The secret is not a Standard Webhooks secret (whsec_ followed by base64 of 24 to 64 bytes).</source>
        <translation>The secret is not a Standard Webhooks secret (whsec_ followed by base64 of 24 to 64 bytes).</translation>
    </message>
    <message>
        <source>The secret is empty.</source>
        <translation>The secret is empty.</translation>
    </message>
    <message>
        <source>A Standard Webhooks secret must be whsec_ followed by base64 of 24 to 64 random bytes.</source>
        <translation>A Standard Webhooks secret must be whsec_ followed by base64 of 24 to 64 random bytes.</translation>
    </message>
    <message>
        <source>The secret must be at least 16 characters long.</source>
        <translation>The secret must be at least 16 characters long.</translation>
    </message>
    <message>
        <source>the signature does not match the body</source>
        <translation>the signature does not match the body</translation>
    </message>
    <message>
        <source>Standard Webhooks signatures need the webhook-id and webhook-timestamp</source>
        <translation>Standard Webhooks signatures need the webhook-id and webhook-timestamp</translation>
    </message>
    <message>
        <source>the secret is not a Standard Webhooks secret</source>
        <translation>the secret is not a Standard Webhooks secret</translation>
    </message>
    <message>
        <source>no v1 signature matches the body</source>
        <translation>no v1 signature matches the body</translation>
    </message>
    <message>
        <source>the timestamp %1 is not a time near now</source>
        <translation>the timestamp %1 is not a time near now</translation>
    </message>
    <message>
        <source>the timestamp is %1 seconds old, outside the tolerance of %2 seconds</source>
        <translation>the timestamp is %1 seconds old, outside the tolerance of %2 seconds</translation>
    </message>
    <message>
        <source>the timestamp is %1 seconds in the future, outside the tolerance of %2 seconds</source>
        <translation>the timestamp is %1 seconds in the future, outside the tolerance of %2 seconds</translation>
    </message>
</context>
<context>
    <name>WebhookSubscriptionRepository</name>
    <message>
        <source>The subscription</source>
        <translation>The subscription</translation>
    </message>
    <message>
        <source>There is no integration with id %1 for this subscription.</source>
        <translation>There is no integration with id %1 for this subscription.</translation>
    </message>
    <message>
        <source>There is no subscription with id %1.</source>
        <translation>There is no subscription with id %1.</translation>
    </message>
    <message>
        <source>The endpoint URL is refused: %1.</source>
        <translation>The endpoint URL is refused: %1.</translation>
    </message>
</context>
<context>
    <name>WebhookSubscriptionValidator</name>
    <message>
        <source>The name is empty.</source>
        <translation>The name is empty.</translation>
    </message>
    <message>
        <source>The endpoint URL &quot;%1&quot; is not an http or https URL.</source>
        <translation>The endpoint URL &quot;%1&quot; is not an http or https URL.</translation>
    </message>
    <message>
        <source>The signature header name &quot;%1&quot; is not a valid HTTP header name.</source>
        <translation>The signature header name &quot;%1&quot; is not a valid HTTP header name.</translation>
    </message>
    <message>
        <source>The number of retries must be between 0 and 100.</source>
        <translation>The number of retries must be between 0 and 100.</translation>
    </message>
    <message>
        <source>Retries need at least one retry delay.</source>
        <translation>Retries need at least one retry delay.</translation>
    </message>
    <message>
        <source>Each retry delay must be between 1 second and 7 days (got %1).</source>
        <translation>Each retry delay must be between 1 second and 7 days (got %1).</translation>
    </message>
    <message>
        <source>The timeout must be between 1 and 300 seconds.</source>
        <translation>The timeout must be between 1 and 300 seconds.</translation>
    </message>
    <message>
        <source>Subscribe to at least one event type.</source>
        <translation>Subscribe to at least one event type.</translation>
    </message>
    <message>
        <source>Unknown event type(s): %1.</source>
        <translation>Unknown event type(s): %1.</translation>
    </message>
    <message>
        <source>The endpoint URL &quot;%1&quot; contains a user name or password, which would be stored and shown with it in the delivery log. Remove it: receivers check the signature instead.</source>
        <translation>The endpoint URL &quot;%1&quot; contains a user name or password, which would be stored and shown with it in the delivery log. Remove it: receivers check the signature instead.</translation>
    </message>
</context>
<context>
    <name>WorkerLock</name>
    <message>
        <source>Another worker (process %1 on %2) is already delivering from %3. A second worker on one SQLite file is refused; use a PostgreSQL database to share the work between workers.</source>
        <translation>Another worker (process %1 on %2) is already delivering from %3. A second worker on one SQLite file is refused; use a PostgreSQL database to share the work between workers.</translation>
    </message>
</context>
<context>
    <name>garagereg::AboutDialog</name>
    <message>
        <source>About GarageReg Integrations</source>
        <translation>About GarageReg Integrations</translation>
    </message>
    <message>
        <source>GarageReg Integrations</source>
        <translation>GarageReg Integrations</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Webhook subscriptions and ERP adapters for GarageReg, the registry of gates and garage doors.</source>
        <translation>Webhook subscriptions and ERP adapters for GarageReg, the registry of gates and garage doors.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Built with Qt %1, running on Qt %2.</translation>
    </message>
</context>
<context>
    <name>garagereg::ApiHttpServer</name>
    <message>
        <source>Could not listen on %1 port %2 (in use, or not an address of this machine).</source>
        <translation>Could not listen on %1 port %2 (in use, or not an address of this machine).</translation>
    </message>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation>The request body is larger than %1 bytes.</translation>
    </message>
    <message>
        <source>The server is stopping.</source>
        <translation>The server is stopping.</translation>
    </message>
    <message>
        <source>Too many requests at once; try again shortly.</source>
        <translation>Too many requests at once; try again shortly.</translation>
    </message>
    <message>
        <source>The request could not be handled.</source>
        <translation>The request could not be handled.</translation>
    </message>
</context>
<context>
    <name>garagereg::BarChart</name>
    <message>
        <source>%1: %2 (%3 %)</source>
        <extracomment>A bar of a chart: its label, its value and its share of all bars, e.g. &quot;Failed: 1,234 (5.2 %)&quot;</extracomment>
        <translation>%1: %2 (%3 %)</translation>
    </message>
</context>
<context>
    <name>garagereg::DailyRateChart</name>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage; %1 is the number in the current locale</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>MMM d</source>
        <extracomment>Date format of the day labels under the success rate chart (QDate format)</extracomment>
        <translation>MMM d</translation>
    </message>
    <message>
        <source>%1: no delivery attempts</source>
        <translation>%1: no delivery attempts</translation>
    </message>
    <message>
        <source>%1: %2 succeeded (%3 of %4 attempts)</source>
        <translation>%1: %2 succeeded (%3 of %4 attempts)</translation>
    </message>
    <message>
        <source>%1 of %2 attempts succeeded from %3 to %4 (%5)</source>
        <translation>%1 of %2 attempts succeeded from %3 to %4 (%5)</translation>
    </message>
</context>
<context>
    <name>garagereg::DashboardPage</name>
    <message>
        <source>Every table of the database</source>
        <translation>Every table of the database</translation>
    </message>
    <message>
        <source>The delivery statistics could not be read: %1</source>
        <translation>The delivery statistics could not be read: %1</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Retrying</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Connection failed</translation>
    </message>
    <message>
        <source>Host not found (DNS)</source>
        <translation>Host not found (DNS)</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS error</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <extracomment>An HTTP status code in a chart label, e.g. &quot;HTTP 503&quot;</extracomment>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No deliveries yet</source>
        <translation>No deliveries yet</translation>
    </message>
    <message numerus="yes">
        <source>No failed attempts in the last %n day(s).</source>
        <translation>
            <numerusform>No failed attempts in the last %n day.</numerusform>
            <numerusform>No failed attempts in the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No delivery attempts in the last %n day(s).</source>
        <translation>
            <numerusform>No delivery attempts in the last %n day.</numerusform>
            <numerusform>No delivery attempts in the last %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Integration health</source>
        <translation>Integration health</translation>
    </message>
    <message>
        <source>No integrations yet. Add one on the Integrations page.</source>
        <translation>No integrations yet. Add one on the Integrations page.</translation>
    </message>
    <message>
        <source>Deliveries by status</source>
        <translation>Deliveries by status</translation>
    </message>
    <message numerus="yes">
        <source>Failures by HTTP status or error, last %n day(s)</source>
        <translation>
            <numerusform>Failures by HTTP status or error, last %n day</numerusform>
            <numerusform>Failures by HTTP status or error, last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Successful attempts per day, last %n day(s)</source>
        <translation>
            <numerusform>Successful attempts per day, last %n day</numerusform>
            <numerusform>Successful attempts per day, last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>The share of delivery attempts that succeeded, per day in UTC; the faint bars show how many attempts there were.</source>
        <translation>The share of delivery attempts that succeeded, per day in UTC; the faint bars show how many attempts there were.</translation>
    </message>
    <message>
        <source>Refused by the outbound policy</source>
        <translation>Refused by the outbound policy</translation>
    </message>
</context>
<context>
    <name>garagereg::DeliveriesPage</name>
    <message>
        <source>Could not read the delivery log: %1</source>
        <translation>Could not read the delivery log: %1</translation>
    </message>
    <message>
        <source>Showing %1 of %2 deliveries</source>
        <translation>Showing %1 of %2 deliveries</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Retrying</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Event:</translation>
    </message>
    <message>
        <source>Subscription:</source>
        <translation>Subscription:</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>any time</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Until:</translation>
    </message>
    <message>
        <source>Search a request ID…</source>
        <translation>Search a request ID…</translation>
    </message>
</context>
<context>
    <name>garagereg::DeliveryDetailDialog</name>
    <message>
        <source>Could not read the delivery: %1</source>
        <translation>Could not read the delivery: %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>no response</translation>
    </message>
    <message>
        <source>success</source>
        <translation>success</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>scheduled</translation>
    </message>
    <message>
        <source>There is no attempt to check.</source>
        <translation>There is no attempt to check.</translation>
    </message>
    <message>
        <source>The attempt carries no signature.</source>
        <translation>The attempt carries no signature.</translation>
    </message>
    <message>
        <source>The delivery no longer exists.</source>
        <translation>The delivery no longer exists.</translation>
    </message>
    <message>
        <source>Could not resend: %1</source>
        <translation>Could not resend: %1</translation>
    </message>
    <message>
        <source>A new attempt is queued.</source>
        <translation>A new attempt is queued.</translation>
    </message>
    <message>
        <source>The curl command is on the clipboard. It holds the signature, not the secret.</source>
        <translation>The curl command is on the clipboard. It holds the signature, not the secret.</translation>
    </message>
    <message>
        <source>Verify the signature</source>
        <translation>Verify the signature</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Paste the subscription&apos;s secret. It is not stored.</source>
        <translation>Paste the subscription&apos;s secret. It is not stored.</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secret:</translation>
    </message>
    <message>
        <source>Valid: the signature matches this secret.</source>
        <translation>Valid: the signature matches this secret.</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Invalid: %1</translation>
    </message>
    <message>
        <source>Delivery %1</source>
        <translation>Delivery %1</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Request headers</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Request body</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Response headers</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Response body</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>The response body is truncated: only its first 64 KiB were logged.</source>
        <translation>The response body is truncated: only its first 64 KiB were logged.</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;Resend</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Copy as &amp;curl</translation>
    </message>
    <message>
        <source>&amp;Verify a signature…</source>
        <translation>&amp;Verify a signature…</translation>
    </message>
    <message>
        <source>No delivery has the request ID %1.</source>
        <translation>No delivery has the request ID %1.</translation>
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
        <source>The subscription was deleted.</source>
        <translation>The subscription was deleted.</translation>
    </message>
    <message>
        <source>The subscription is inactive.</source>
        <translation>The subscription is inactive.</translation>
    </message>
    <message>
        <source>The subscription is inactive: %1</source>
        <translation>The subscription is inactive: %1</translation>
    </message>
    <message>
        <source>Older than the maximum age of %1 hours.</source>
        <translation>Older than the maximum age of %1 hours.</translation>
    </message>
    <message>
        <source>Delivery %1 waits for its secret: %2</source>
        <translation>Delivery %1 waits for its secret: %2</translation>
    </message>
    <message>
        <source>the subscription has no secret</source>
        <translation>the subscription has no secret</translation>
    </message>
    <message>
        <source>Delivery %1 could not be prepared: %2</source>
        <translation>Delivery %1 could not be prepared: %2</translation>
    </message>
    <message>
        <source>The endpoint answered 410 Gone on %1.</source>
        <translation>The endpoint answered 410 Gone on %1.</translation>
    </message>
    <message>
        <source>The attempt of %1 could not be recorded: %2</source>
        <translation>The attempt of %1 could not be recorded: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n finished attempt(s) could not be recorded: %1</source>
        <translation>
            <numerusform>%n finished attempt could not be recorded: %1</numerusform>
            <numerusform>%n finished attempts could not be recorded: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deliveries are paused: %1 Trying again every %n second(s).</source>
        <translation>
            <numerusform>Deliveries are paused: %1 Trying again every %n second.</numerusform>
            <numerusform>Deliveries are paused: %1 Trying again every %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>garagereg::DeliveryLogModel</name>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Request ID</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Event type</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Subscription</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Last HTTP status</source>
        <translation>Last HTTP status</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Next retry</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
</context>
<context>
    <name>garagereg::ErpSyncEngine</name>
    <message>
        <source>Take &quot;erp&quot; or &quot;local&quot;, not &quot;%1&quot;.</source>
        <translation>Take &quot;erp&quot; or &quot;local&quot;, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no open conflict with id %1.</source>
        <translation>There is no open conflict with id %1.</translation>
    </message>
    <message>
        <source>The part %1 no longer exists here.</source>
        <translation>The part %1 no longer exists here.</translation>
    </message>
    <message>
        <source>There is no integration with id %1.</source>
        <translation>There is no integration with id %1.</translation>
    </message>
    <message>
        <source>Integration %1 is not an ERP integration.</source>
        <translation>Integration %1 is not an ERP integration.</translation>
    </message>
    <message>
        <source>The ERP credential could not be read: %1</source>
        <translation>The ERP credential could not be read: %1</translation>
    </message>
    <message>
        <source>Integration %1 is inactive; activate it before syncing.</source>
        <translation>Integration %1 is inactive; activate it before syncing.</translation>
    </message>
    <message>
        <source>Another sync of this integration is running (sync log %1); try again when it has finished.</source>
        <translation>Another sync of this integration is running (sync log %1); try again when it has finished.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>The ERP has no part with this number.</source>
        <translation>The ERP has no part with this number.</translation>
    </message>
    <message>
        <source>Listing the ERP&apos;s parts failed: %1</source>
        <translation>Listing the ERP&apos;s parts failed: %1</translation>
    </message>
    <message>
        <source>Deleted in the ERP and unknown here.</source>
        <translation>Deleted in the ERP and unknown here.</translation>
    </message>
    <message>
        <source>Already in step; bound.</source>
        <translation>Already in step; bound.</translation>
    </message>
    <message>
        <source>Unchanged in the ERP.</source>
        <translation>Unchanged in the ERP.</translation>
    </message>
    <message>
        <source>Changed on both sides; the ERP&apos;s version was taken.</source>
        <translation>Changed on both sides; the ERP&apos;s version was taken.</translation>
    </message>
    <message>
        <source>Changed on both sides; the local version is kept and will be sent to the ERP.</source>
        <translation>Changed on both sides; the local version is kept and will be sent to the ERP.</translation>
    </message>
    <message>
        <source>Changed on both sides; waiting for a person to choose.</source>
        <translation>Changed on both sides; waiting for a person to choose.</translation>
    </message>
    <message>
        <source>A conflict waits for a person to choose.</source>
        <translation>A conflict waits for a person to choose.</translation>
    </message>
    <message>
        <source>Changed in the ERP since the last sync; waiting for a person to choose.</source>
        <translation>Changed in the ERP since the last sync; waiting for a person to choose.</translation>
    </message>
    <message>
        <source>Changed on both sides; the local version was sent.</source>
        <translation>Changed on both sides; the local version was sent.</translation>
    </message>
    <message>
        <source>The part %1 is twice in one page.</source>
        <translation>The part %1 is twice in one page.</translation>
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
        <translation>The sync history could not be read: %1</translation>
    </message>
    <message>
        <source>Conflicts waiting for a decision: %1</source>
        <translation>Conflicts waiting for a decision: %1</translation>
    </message>
    <message>
        <source>Sync started…</source>
        <translation>Sync started…</translation>
    </message>
    <message>
        <source>The sync did not start: %1</source>
        <translation>The sync did not start: %1</translation>
    </message>
    <message>
        <source>Sync %1: %2 — %3 processed, %4 succeeded, %5 failed, %6 skipped, %7 conflicts. %8</source>
        <translation>Sync %1: %2 — %3 processed, %4 succeeded, %5 failed, %6 skipped, %7 conflicts. %8</translation>
    </message>
    <message>
        <source>Cancelling after the current record…</source>
        <translation>Cancelling after the current record…</translation>
    </message>
    <message>
        <source>Resolved: the ERP&apos;s version is in the catalogue.</source>
        <translation>Resolved: the ERP&apos;s version is in the catalogue.</translation>
    </message>
    <message>
        <source>Resolved: the local version goes to the ERP with the next sync.</source>
        <translation>Resolved: the local version goes to the ERP with the next sync.</translation>
    </message>
    <message>
        <source>Could not resolve the conflict: %1</source>
        <translation>Could not resolve the conflict: %1</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>Both ways</translation>
    </message>
    <message>
        <source>From the ERP</source>
        <translation>From the ERP</translation>
    </message>
    <message>
        <source>To the ERP</source>
        <translation>To the ERP</translation>
    </message>
    <message>
        <source>&amp;Run sync</source>
        <translation>&amp;Run sync</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Take the ERP&apos;s version</source>
        <translation>Take the ERP&apos;s version</translation>
    </message>
    <message>
        <source>Keep the local version</source>
        <translation>Keep the local version</translation>
    </message>
    <message>
        <source>Syncs are run by another process.</source>
        <translation>Syncs are run by another process.</translation>
    </message>
    <message>
        <source>%1: here %2, in the ERP %3</source>
        <translation>%1: here %2, in the ERP %3</translation>
    </message>
    <message>
        <source>%1 — changed on both sides</source>
        <translation>%1 — changed on both sides</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Select a run to see what happened to each record.</source>
        <translation>Select a run to see what happened to each record.</translation>
    </message>
    <message>
        <source>The records of sync %1 could not be read: %2</source>
        <translation>The records of sync %1 could not be read: %2</translation>
    </message>
    <message numerus="yes">
        <source>Records of sync %1: %n</source>
        <translation>
            <numerusform>Records of sync %1: %n</numerusform>
            <numerusform>Records of sync %1: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>from the ERP</source>
        <translation>from the ERP</translation>
    </message>
    <message>
        <source>to the ERP</source>
        <translation>to the ERP</translation>
    </message>
    <message>
        <source>All parts, or part numbers separated by commas</source>
        <translation>All parts, or part numbers separated by commas</translation>
    </message>
    <message>
        <source>&amp;Force</source>
        <translation>&amp;Force</translation>
    </message>
    <message>
        <source>Write every record, even those that did not change since the last sync</source>
        <translation>Write every record, even those that did not change since the last sync</translation>
    </message>
    <message>
        <source>Part number</source>
        <translation>Part number</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Sync %1 processed no records: %2</source>
        <translation>Sync %1 processed no records: %2</translation>
    </message>
</context>
<context>
    <name>garagereg::IntegrationForm</name>
    <message>
        <source>The settings must be a JSON object (%1).</source>
        <translation>The settings must be a JSON object (%1).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>not an object</translation>
    </message>
    <message>
        <source>New integration</source>
        <translation>New integration</translation>
    </message>
    <message>
        <source>Edit integration</source>
        <translation>Edit integration</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>&amp;Endpoint URL:</translation>
    </message>
    <message>
        <source>&amp;Rate limit (per minute, 0 = none):</source>
        <translation>&amp;Rate limit (per minute, 0 = none):</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organization:</translation>
    </message>
    <message>
        <source>&amp;Conflict policy (ERP):</source>
        <translation>&amp;Conflict policy (ERP):</translation>
    </message>
    <message>
        <source>&amp;Sync every (minutes, 0 = manual):</source>
        <translation>&amp;Sync every (minutes, 0 = manual):</translation>
    </message>
    <message>
        <source>Other &amp;settings (JSON):</source>
        <translation>Other &amp;settings (JSON):</translation>
    </message>
    <message>
        <source>C&amp;redential:</source>
        <translation>C&amp;redential:</translation>
    </message>
    <message>
        <source>API key, token or user:password; kept in the keychain</source>
        <translation>API key, token or user:password; kept in the keychain</translation>
    </message>
    <message>
        <source>Stored in the keychain; leave empty to keep it</source>
        <translation>Stored in the keychain; leave empty to keep it</translation>
    </message>
</context>
<context>
    <name>garagereg::IntegrationHealthModel</name>
    <message>
        <source>Healthy</source>
        <translation>Healthy</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage; %1 is the number in the current locale</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>Milliseconds; %1 is the number in the current locale</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>At least 95 % of the last 100 attempts succeeded.</source>
        <translation>At least 95 % of the last 100 attempts succeeded.</translation>
    </message>
    <message>
        <source>Between 80 % and 95 % of the last 100 attempts succeeded.</source>
        <translation>Between 80 % and 95 % of the last 100 attempts succeeded.</translation>
    </message>
    <message>
        <source>A circuit breaker is open: deliveries to an endpoint are paused.</source>
        <translation>A circuit breaker is open: deliveries to an endpoint are paused.</translation>
    </message>
    <message>
        <source>Less than 80 % of the last 100 attempts succeeded.</source>
        <translation>Less than 80 % of the last 100 attempts succeeded.</translation>
    </message>
    <message numerus="yes">
        <source>No delivery attempts in the last %n day(s).</source>
        <translation>
            <numerusform>No delivery attempts in the last %n day.</numerusform>
            <numerusform>No delivery attempts in the last %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the last %2 attempts succeeded.</source>
        <translation>%1 of the last %2 attempts succeeded.</translation>
    </message>
    <message>
        <source>Over all %1 attempts: %2 ms</source>
        <translation>Over all %1 attempts: %2 ms</translation>
    </message>
    <message>
        <source>Subscriptions whose endpoint is paused after repeated failures.</source>
        <translation>Subscriptions whose endpoint is paused after repeated failures.</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Healthy, warning or error, from the success of the last 100 attempts.</source>
        <translation>Healthy, warning or error, from the success of the last 100 attempts.</translation>
    </message>
    <message>
        <source>The share of the last 100 delivery attempts that succeeded.</source>
        <translation>The share of the last 100 delivery attempts that succeeded.</translation>
    </message>
    <message>
        <source>The average response time of the last 100 delivery attempts.</source>
        <translation>The average response time of the last 100 delivery attempts.</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <source>Avg. time</source>
        <translation>Avg. time</translation>
    </message>
    <message>
        <source>Breakers</source>
        <translation>Breakers</translation>
    </message>
</context>
<context>
    <name>garagereg::IntegrationListModel</name>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
</context>
<context>
    <name>garagereg::IntegrationsPage</name>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>The integrations could not be read: %1</source>
        <translation>The integrations could not be read: %1</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activate</translation>
    </message>
    <message>
        <source>Integration &quot;%1&quot; created.</source>
        <translation>Integration &quot;%1&quot; created.</translation>
    </message>
    <message>
        <source>The integration was not saved: %1</source>
        <translation>The integration was not saved: %1</translation>
    </message>
    <message>
        <source>Integration &quot;%1&quot; saved.</source>
        <translation>Integration &quot;%1&quot; saved.</translation>
    </message>
    <message>
        <source>Delete the integration &quot;%1&quot; and its subscriptions? The delivery log keeps its records.</source>
        <translation>Delete the integration &quot;%1&quot; and its subscriptions? The delivery log keeps its records.</translation>
    </message>
    <message>
        <source>Integration &quot;%1&quot; deleted.</source>
        <translation>Integration &quot;%1&quot; deleted.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Testing the connection of &quot;%1&quot;…</source>
        <translation>Testing the connection of &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>Connection to &quot;%1&quot; works: %2</source>
        <translation>Connection to &quot;%1&quot; works: %2</translation>
    </message>
    <message>
        <source>Connection to &quot;%1&quot; failed: %2</source>
        <translation>Connection to &quot;%1&quot; failed: %2</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Ask the ERP whether it answers with the stored settings and credential (%1)</source>
        <translation>Ask the ERP whether it answers with the stored settings and credential (%1)</translation>
    </message>
</context>
<context>
    <name>garagereg::MainWindow</name>
    <message>
        <source>Could not read the database: %1</source>
        <translation>Could not read the database: %1</translation>
    </message>
    <message>
        <source>GarageReg Integrations</source>
        <translation>GarageReg Integrations</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Main tool bar</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Read the row counts from the database again (%1)</source>
        <translation>Read the row counts from the database again (%1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About GarageReg Integrations</source>
        <translation>&amp;About GarageReg Integrations</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Schema version: unknown</source>
        <translation>Schema version: unknown</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schema version: %1</translation>
    </message>
</context>
<context>
    <name>garagereg::OutboundGuard</name>
    <message>
        <source>the outbound policy could not be read: %1</source>
        <translation>the outbound policy could not be read: %1</translation>
    </message>
    <message>
        <source>%1 has no address</source>
        <translation>%1 has no address</translation>
    </message>
    <message>
        <source>Host %1 not found</source>
        <translation>Host %1 not found</translation>
    </message>
    <message>
        <source>The CA certificate is not a PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>The CA certificate is not a PEM certificate (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>This build has no TLS support.</source>
        <translation>This build has no TLS support.</translation>
    </message>
</context>
<context>
    <name>garagereg::PartTableModel</name>
    <message>
        <source>Part number</source>
        <translation>Part number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
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
        <translation>
            <numerusform>%n below minimum stock.</numerusform>
            <numerusform>%n below minimum stock.</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalogue could not be read: %1</source>
        <translation>The catalogue could not be read: %1</translation>
    </message>
    <message>
        <source>Search by part number, name or category</source>
        <translation>Search by part number, name or category</translation>
    </message>
    <message>
        <source>Only below minimum stock</source>
        <translation>Only below minimum stock</translation>
    </message>
</context>
<context>
    <name>garagereg::RestJsonAdapter</name>
    <message>
        <source>The integration &quot;%1&quot; has no endpoint URL; %2 needs the API&apos;s base URL.</source>
        <translation>The integration &quot;%1&quot; has no endpoint URL; %2 needs the API&apos;s base URL.</translation>
    </message>
    <message>
        <source>The endpoint URL of the integration &quot;%1&quot; contains a user name or password. Remove it and store the credential in the keychain instead.</source>
        <translation>The endpoint URL of the integration &quot;%1&quot; contains a user name or password. Remove it and store the credential in the keychain instead.</translation>
    </message>
    <message>
        <source>The endpoint URL &quot;%1&quot; of the integration &quot;%2&quot; is not an http or https URL.</source>
        <translation>The endpoint URL &quot;%1&quot; of the integration &quot;%2&quot; is not an http or https URL.</translation>
    </message>
    <message>
        <source>The endpoint URL of the integration &quot;%1&quot; must not have a query or fragment; put query parameters in the profile and the credential in the keychain.</source>
        <translation>The endpoint URL of the integration &quot;%1&quot; must not have a query or fragment; put query parameters in the profile and the credential in the keychain.</translation>
    </message>
    <message>
        <source>The integration setting timeout_seconds must be a number of seconds from 0.1 to 3600; it is %1.</source>
        <translation>The integration setting timeout_seconds must be a number of seconds from 0.1 to 3600; it is %1.</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>not a number</translation>
    </message>
    <message>
        <source>The integration setting profile is not a JSON object: %1 at offset %2.</source>
        <translation>The integration setting profile is not a JSON object: %1 at offset %2.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>not an object</translation>
    </message>
    <message>
        <source>The rest-json provider needs the integration setting profile: a JSON object describing the API (auth, paths, paging, fields). See docs/rest-json-adapter.md.</source>
        <translation>The rest-json provider needs the integration setting profile: a JSON object describing the API (auth, paths, paging, fields). See docs/rest-json-adapter.md.</translation>
    </message>
    <message>
        <source>The Business Central integration needs the setting company_id: the id (a GUID) of the company, as GET companies lists it.</source>
        <translation>The Business Central integration needs the setting company_id: the id (a GUID) of the company, as GET companies lists it.</translation>
    </message>
    <message>
        <source>The Business Central integration needs the setting currency: the company&apos;s local currency (e.g. HUF or EUR), in which Business Central holds item prices.</source>
        <translation>The Business Central integration needs the setting currency: the company&apos;s local currency (e.g. HUF or EUR), in which Business Central holds item prices.</translation>
    </message>
    <message>
        <source>No credential is stored for this %1 integration; store its %2 in the keychain.</source>
        <translation>No credential is stored for this %1 integration; store its %2 in the keychain.</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>access token</translation>
    </message>
    <message>
        <source>user:password</source>
        <translation>user:password</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>The credential stored for this %1 integration contains a line break or NUL byte; store it again.</source>
        <translation>The credential stored for this %1 integration contains a line break or NUL byte; store it again.</translation>
    </message>
    <message>
        <source>The credential stored for this %1 integration must be &quot;user:password&quot; for basic authentication.</source>
        <translation>The credential stored for this %1 integration must be &quot;user:password&quot; for basic authentication.</translation>
    </message>
    <message>
        <source>The request %1 to %2 was cancelled: the adapter was closed.</source>
        <translation>The request %1 to %2 was cancelled: the adapter was closed.</translation>
    </message>
    <message>
        <source>%1 (%2) gave no complete answer to %3 within %4 s.</source>
        <translation>%1 (%2) gave no complete answer to %3 within %4 s.</translation>
    </message>
    <message>
        <source>%1 (%2) sent more than %3 MiB in answer to %4; the response was aborted. Use a smaller page size.</source>
        <translation>%1 (%2) sent more than %3 MiB in answer to %4; the response was aborted. Use a smaller page size.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 (%2) failed: %3</source>
        <translation>The TLS connection to %1 (%2) failed: %3</translation>
    </message>
    <message>
        <source>%1 (%2) could not be reached for %3: %4</source>
        <translation>%1 (%2) could not be reached for %3: %4</translation>
    </message>
    <message>
        <source>no HTTP response</source>
        <translation>no HTTP response</translation>
    </message>
    <message>
        <source>%1 (%2) refused the credential (%3). Check the %4 stored for this integration and its permissions.</source>
        <translation>%1 (%2) refused the credential (%3). Check the %4 stored for this integration and its permissions.</translation>
    </message>
    <message>
        <source>%1 (%2) redirected %3 to %4 (%5); redirects are not followed. Set the endpoint URL to the final address.</source>
        <translation>%1 (%2) redirected %3 to %4 (%5); redirects are not followed. Set the endpoint URL to the final address.</translation>
    </message>
    <message>
        <source>%1 (%2) refused %3: the account has no subscription that includes API access (%4).</source>
        <translation>%1 (%2) refused %3: the account has no subscription that includes API access (%4).</translation>
    </message>
    <message>
        <source>%1 (%2) refused %3 with %4; check the integration&apos;s settings.</source>
        <translation>%1 (%2) refused %3 with %4; check the integration&apos;s settings.</translation>
    </message>
    <message>
        <source>%1 (%2) refused %3 because the record changed since it was read (%4).</source>
        <translation>%1 (%2) refused %3 because the record changed since it was read (%4).</translation>
    </message>
    <message>
        <source>%1 (%2) has no %3 (%4).</source>
        <translation>%1 (%2) has no %3 (%4).</translation>
    </message>
    <message>
        <source>%1 (%2) answered %3 with %4</source>
        <translation>%1 (%2) answered %3 with %4</translation>
    </message>
    <message>
        <source>%1 (%2) answered %3 %4 with something unexpected: %5</source>
        <translation>%1 (%2) answered %3 %4 with something unexpected: %5</translation>
    </message>
    <message>
        <source>The %1 profile gives no valid URL for the path &quot;%2&quot;: %3</source>
        <translation>The %1 profile gives no valid URL for the path &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>The page token is not a link to %1 (%2); it is not followed.</source>
        <translation>The page token is not a link to %1 (%2); it is not followed.</translation>
    </message>
    <message>
        <source>The page token &quot;%1&quot; is not a page number.</source>
        <translation>The page token &quot;%1&quot; is not a page number.</translation>
    </message>
    <message>
        <source>The page token &quot;%1&quot; is not an offset.</source>
        <translation>The page token &quot;%1&quot; is not an offset.</translation>
    </message>
    <message>
        <source>not JSON (%1)</source>
        <translation>not JSON (%1)</translation>
    </message>
    <message>
        <source>not a JSON array</source>
        <translation>not a JSON array</translation>
    </message>
    <message>
        <source>no array &quot;%1&quot; in the response</source>
        <translation>no array &quot;%1&quot; in the response</translation>
    </message>
    <message>
        <source>a list item is not a JSON object</source>
        <translation>a list item is not a JSON object</translation>
    </message>
    <message>
        <source>the next page is on another server (%1); it is not followed</source>
        <translation>the next page is on another server (%1); it is not followed</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2 answered in %3 ms: %n part(s) in the catalogue.</source>
        <translation>
            <numerusform>%1 at %2 answered in %3 ms: %n part in the catalogue.</numerusform>
            <numerusform>%1 at %2 answered in %3 ms: %n parts in the catalogue.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2 answered in %3 ms: the item list is readable.</source>
        <translation>%1 at %2 answered in %3 ms: the item list is readable.</translation>
    </message>
    <message>
        <source>%1 holds %2 records with the part number %3 (ids %4); remove the duplicates.</source>
        <translation>%1 holds %2 records with the part number %3 (ids %4); remove the duplicates.</translation>
    </message>
    <message>
        <source>The part number to look up is empty.</source>
        <translation>The part number to look up is empty.</translation>
    </message>
    <message>
        <source>%1 was searched for the part number %2 through %3 pages without an end; the search was given up.</source>
        <translation>%1 was searched for the part number %2 through %3 pages without an end; the search was given up.</translation>
    </message>
    <message>
        <source>%1 answered the same page again; the search was given up.</source>
        <translation>%1 answered the same page again; the search was given up.</translation>
    </message>
    <message>
        <source>A part without a part number cannot be created.</source>
        <translation>A part without a part number cannot be created.</translation>
    </message>
    <message>
        <source>The part %1 has no %2 id; look it up (getPart) before updating it.</source>
        <translation>The part %1 has no %2 id; look it up (getPart) before updating it.</translation>
    </message>
    <message>
        <source>The ETag to match contains a line break.</source>
        <translation>The ETag to match contains a line break.</translation>
    </message>
    <message>
        <source>The request %1 to %2 (%3) was not sent: %4</source>
        <translation>The request %1 to %2 (%3) was not sent: %4</translation>
    </message>
</context>
<context>
    <name>garagereg::RowCountTable</name>
    <message>
        <source>The database has no table &quot;%1&quot;.</source>
        <translation>The database has no table &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
</context>
<context>
    <name>garagereg::SecretDialog</name>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>New signing secret</source>
        <translation>New signing secret</translation>
    </message>
    <message>
        <source>The signing secret of &quot;%1&quot; is shown only this once. Copy it now and configure it in the receiver, which uses it to verify the signatures. It is kept in the keychain and cannot be shown again; rotate it if it is lost.</source>
        <translation>The signing secret of &quot;%1&quot; is shown only this once. Copy it now and configure it in the receiver, which uses it to verify the signatures. It is kept in the keychain and cannot be shown again; rotate it if it is lost.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
</context>
<context>
    <name>garagereg::SectionPage</name>
    <message>
        <source>Stored in the database</source>
        <translation>Stored in the database</translation>
    </message>
</context>
<context>
    <name>garagereg::SettingsPage</name>
    <message>
        <source>/home/user/garagereg.db</source>
        <translation>/home/user/garagereg.db</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>SQLite database file</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
        <translation>SQLite databases (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Enter the path of the SQLite file.</source>
        <translation>Enter the path of the SQLite file.</translation>
    </message>
    <message>
        <source>Enter a PostgreSQL URL such as postgresql://user@host:5432/dbname.</source>
        <translation>Enter a PostgreSQL URL such as postgresql://user@host:5432/dbname.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Saved. The application opens this database at its next start.</source>
        <translation>Saved. The application opens this database at its next start.</translation>
    </message>
    <message>
        <source>Not saved: the password could not be stored in the keychain: %1</source>
        <translation>Not saved: the password could not be stored in the keychain: %1</translation>
    </message>
    <message>
        <source>The retry delays must be whole seconds between 1 and 604800, separated by commas. Not saved.</source>
        <translation>The retry delays must be whole seconds between 1 and 604800, separated by commas. Not saved.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Open now: %1</source>
        <translation>Open now: %1</translation>
    </message>
    <message>
        <source>SQLite file on this computer</source>
        <translation>SQLite file on this computer</translation>
    </message>
    <message>
        <source>PostgreSQL server (shared by a team or several workers)</source>
        <translation>PostgreSQL server (shared by a team or several workers)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Stored in the keychain; leave empty to keep the stored one</source>
        <translation>Stored in the keychain; leave empty to keep the stored one</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>&amp;Use at next start</source>
        <translation>&amp;Use at next start</translation>
    </message>
    <message>
        <source>Defaults for new subscriptions</source>
        <translation>Defaults for new subscriptions</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Data&amp;base type:</source>
        <translation>Data&amp;base type:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Signature &amp;scheme:</source>
        <translation>Signature &amp;scheme:</translation>
    </message>
    <message>
        <source>&amp;Timeout (seconds):</source>
        <translation>&amp;Timeout (seconds):</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>&amp;Retries:</translation>
    </message>
    <message>
        <source>Retry &amp;delays (seconds):</source>
        <translation>Retry &amp;delays (seconds):</translation>
    </message>
    <message>
        <source>The outbound policy could not be read: %1</source>
        <translation>The outbound policy could not be read: %1</translation>
    </message>
    <message>
        <source>Outbound policy</source>
        <translation>Outbound policy</translation>
    </message>
    <message>
        <source>Where webhooks, test pings and ERP calls may go, for every machine on this database. An administrator changes it on the command line: garagereg-integrations-cli policy set --refuse-private yes (see policy set --help).</source>
        <translation>Where webhooks, test pings and ERP calls may go, for every machine on this database. An administrator changes it on the command line: garagereg-integrations-cli policy set --refuse-private yes (see policy set --help).</translation>
    </message>
</context>
<context>
    <name>garagereg::SubscriptionForm</name>
    <message>
        <source>The filter is not valid JSON: %1 (at character %2).</source>
        <translation>The filter is not valid JSON: %1 (at character %2).</translation>
    </message>
    <message>
        <source>The filter must be a JSON object such as {&quot;priority&quot;: [&quot;high&quot;]}.</source>
        <translation>The filter must be a JSON object such as {&quot;priority&quot;: [&quot;high&quot;]}.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>One attempt; a failure is final.</source>
        <translation>One attempt; a failure is final.</translation>
    </message>
    <message>
        <source>attempt 1 at once</source>
        <translation>attempt 1 at once</translation>
    </message>
    <message>
        <source>retry %1 after %2 (%3 in all)</source>
        <translation>retry %1 after %2 (%3 in all)</translation>
    </message>
    <message numerus="yes">
        <source>… %n more retries, the last %1 after the event</source>
        <translation>
            <numerusform>… %n more retry, the last %1 after the event</numerusform>
            <numerusform>… %n more retries, the last %1 after the event</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; then the delivery fails. Each wait varies by ±%2 %.</source>
        <translation>%1; then the delivery fails. Each wait varies by ±%2 %.</translation>
    </message>
    <message>
        <source>Create an integration first: every subscription belongs to one.</source>
        <translation>Create an integration first: every subscription belongs to one.</translation>
    </message>
    <message>
        <source>The retry delays must be whole seconds separated by commas, e.g. 60, 300, 900.</source>
        <translation>The retry delays must be whole seconds separated by commas, e.g. 60, 300, 900.</translation>
    </message>
    <message>
        <source>Enter valid retry delays to see the schedule.</source>
        <translation>Enter valid retry delays to see the schedule.</translation>
    </message>
    <message>
        <source>New subscription</source>
        <translation>New subscription</translation>
    </message>
    <message>
        <source>Edit subscription</source>
        <translation>Edit subscription</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Integration:</source>
        <translation>&amp;Integration:</translation>
    </message>
    <message>
        <source>Endpoint &amp;URL:</source>
        <translation>Endpoint &amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Event types:</source>
        <translation>&amp;Event types:</translation>
    </message>
    <message>
        <source>Payload &amp;filter (JSON):</source>
        <translation>Payload &amp;filter (JSON):</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organization:</translation>
    </message>
    <message>
        <source>Si&amp;gnature scheme:</source>
        <translation>Si&amp;gnature scheme:</translation>
    </message>
    <message>
        <source>Signature &amp;header:</source>
        <translation>Signature &amp;header:</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>&amp;Retries:</translation>
    </message>
    <message>
        <source>Retry &amp;delays (seconds):</source>
        <translation>Retry &amp;delays (seconds):</translation>
    </message>
    <message>
        <source>&amp;Timeout (seconds):</source>
        <translation>&amp;Timeout (seconds):</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret:</translation>
    </message>
    <message>
        <source>Empty: every event of the chosen types. Example: {&quot;priority&quot;: [&quot;high&quot;]}</source>
        <translation>Empty: every event of the chosen types. Example: {&quot;priority&quot;: [&quot;high&quot;]}</translation>
    </message>
    <message>
        <source>Empty: events of every organization</source>
        <translation>Empty: events of every organization</translation>
    </message>
    <message>
        <source>e.g. 60, 300, 900 (the last one repeats)</source>
        <translation>e.g. 60, 300, 900 (the last one repeats)</translation>
    </message>
    <message>
        <source>Leave empty to generate one (shown once after saving)</source>
        <translation>Leave empty to generate one (shown once after saving)</translation>
    </message>
    <message>
        <source>&amp;Active: deliver events to this endpoint</source>
        <translation>&amp;Active: deliver events to this endpoint</translation>
    </message>
</context>
<context>
    <name>garagereg::SubscriptionListModel</name>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>disabled: %1</source>
        <translation>disabled: %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>half-open</source>
        <translation>half-open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Circuit breaker</source>
        <translation>Circuit breaker</translation>
    </message>
</context>
<context>
    <name>garagereg::SubscriptionsPage</name>
    <message>
        <source>The integrations could not be read: %1</source>
        <translation>The integrations could not be read: %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>The subscriptions could not be read: %1</source>
        <translation>The subscriptions could not be read: %1</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activate</translation>
    </message>
    <message>
        <source>Saving &quot;%1&quot;…</source>
        <translation>Saving &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>The subscription was not saved: %1</source>
        <translation>The subscription was not saved: %1</translation>
    </message>
    <message>
        <source>Subscription &quot;%1&quot; created.</source>
        <translation>Subscription &quot;%1&quot; created.</translation>
    </message>
    <message>
        <source>Deactivated in the application.</source>
        <translation>Deactivated in the application.</translation>
    </message>
    <message>
        <source>Subscription &quot;%1&quot; saved.</source>
        <translation>Subscription &quot;%1&quot; saved.</translation>
    </message>
    <message>
        <source>Subscription &quot;%1&quot; deactivated.</source>
        <translation>Subscription &quot;%1&quot; deactivated.</translation>
    </message>
    <message>
        <source>Subscription &quot;%1&quot; activated.</source>
        <translation>Subscription &quot;%1&quot; activated.</translation>
    </message>
    <message numerus="yes">
        <source>Give &quot;%1&quot; a new signing secret? The old one keeps signing alongside it for %n hours, so the receiver can switch over.</source>
        <translation>
            <numerusform>Give &quot;%1&quot; a new signing secret? The old one keeps signing alongside it for %n hour, so the receiver can switch over.</numerusform>
            <numerusform>Give &quot;%1&quot; a new signing secret? The old one keeps signing alongside it for %n hours, so the receiver can switch over.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give &quot;%1&quot; a new signing secret? Deliveries are signed with the new one at once, so update the receiver straight away.</source>
        <translation>Give &quot;%1&quot; a new signing secret? Deliveries are signed with the new one at once, so update the receiver straight away.</translation>
    </message>
    <message>
        <source>Subscription &quot;%1&quot; has a new secret.</source>
        <translation>Subscription &quot;%1&quot; has a new secret.</translation>
    </message>
    <message>
        <source>Sending a test ping to %1…</source>
        <translation>Sending a test ping to %1…</translation>
    </message>
    <message>
        <source>The secret could not be read from the keychain: %1</source>
        <translation>The secret could not be read from the keychain: %1</translation>
    </message>
    <message>
        <source>Test ping to &quot;%1&quot; succeeded: %2</source>
        <translation>Test ping to &quot;%1&quot; succeeded: %2</translation>
    </message>
    <message>
        <source>Test ping to &quot;%1&quot; failed: %2</source>
        <translation>Test ping to &quot;%1&quot; failed: %2</translation>
    </message>
    <message>
        <source>Delete the subscription &quot;%1&quot; and its signing secret? The delivery log keeps its records.</source>
        <translation>Delete the subscription &quot;%1&quot; and its signing secret? The delivery log keeps its records.</translation>
    </message>
    <message>
        <source>Subscription &quot;%1&quot; deleted.</source>
        <translation>Subscription &quot;%1&quot; deleted.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Rotate secret…</source>
        <translation>&amp;Rotate secret…</translation>
    </message>
    <message>
        <source>Send test &amp;ping</source>
        <translation>Send test &amp;ping</translation>
    </message>
    <message>
        <source>Send a signed ping event to the endpoint and show its answer (%1)</source>
        <translation>Send a signed ping event to the endpoint and show its answer (%1)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
</context>
<context>
    <name>garagereg::SyncLogTableModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Processed</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
</context>
<context>
    <name>garagereg::SyncScheduler</name>
    <message>
        <source>Scheduled sync of integration %1: %2</source>
        <translation>Scheduled sync of integration %1: %2</translation>
    </message>
</context>
<context>
    <name>garagereg::TriggerEventPage</name>
    <message>
        <source>Recipients: fix the payload first.</source>
        <translation>Recipients: fix the payload first.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No active subscription receives this event: it would be stored only.</source>
        <translation>No active subscription receives this event: it would be stored only.</translation>
    </message>
    <message numerus="yes">
        <source>Subscriptions that will receive it: %n</source>
        <translation>
            <numerusform>Subscriptions that will receive it: %n</numerusform>
            <numerusform>Subscriptions that will receive it: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The recipients could not be read: %1</source>
        <translation>The recipients could not be read: %1</translation>
    </message>
    <message>
        <source>Event %1 (%2) stored; no subscription receives it.</source>
        <translation>Event %1 (%2) stored; no subscription receives it.</translation>
    </message>
    <message numerus="yes">
        <source>Event %1 (%2) raised; deliveries queued: %n.</source>
        <translation>
            <numerusform>Event %1 (%2) raised; deliveries queued: %n.</numerusform>
            <numerusform>Event %1 (%2) raised; deliveries queued: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The event was not raised: %1</source>
        <translation>The event was not raised: %1</translation>
    </message>
    <message>
        <source>Event &amp;type:</source>
        <translation>Event &amp;type:</translation>
    </message>
    <message>
        <source>&amp;Payload (JSON object):</source>
        <translation>&amp;Payload (JSON object):</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organization:</translation>
    </message>
    <message>
        <source>&amp;Entity id:</source>
        <translation>&amp;Entity id:</translation>
    </message>
    <message>
        <source>Empty: only subscriptions without an organization receive it</source>
        <translation>Empty: only subscriptions without an organization receive it</translation>
    </message>
    <message>
        <source>e.g. the gate or work order id</source>
        <translation>e.g. the gate or work order id</translation>
    </message>
    <message>
        <source>&amp;Send event</source>
        <translation>&amp;Send event</translation>
    </message>
    <message>
        <source>Store the event and queue its deliveries (%1)</source>
        <translation>Store the event and queue its deliveries (%1)</translation>
    </message>
</context>
<context>
    <name>garagereg::WebhookEventService</name>
    <message>
        <source>The payload is %1 bytes; at most %2 bytes (1 MiB) are allowed.</source>
        <translation>The payload is %1 bytes; at most %2 bytes (1 MiB) are allowed.</translation>
    </message>
    <message>
        <source>The payload is not valid JSON: %1 at offset %2.</source>
        <translation>The payload is not valid JSON: %1 at offset %2.</translation>
    </message>
    <message>
        <source>The payload must be a JSON object, such as {&quot;gate_id&quot;: &quot;K-12&quot;}.</source>
        <translation>The payload must be a JSON object, such as {&quot;gate_id&quot;: &quot;K-12&quot;}.</translation>
    </message>
</context>
<context>
    <name>garagereg::WebhookSender</name>
    <message>
        <source>no complete response within %1 ms</source>
        <translation>no complete response within %1 ms</translation>
    </message>
    <message>
        <source>the response exceeded the limit of %1 bytes and was aborted</source>
        <translation>the response exceeded the limit of %1 bytes and was aborted</translation>
    </message>
    <message>
        <source>no HTTP response</source>
        <translation>no HTTP response</translation>
    </message>
    <message>
        <source>redirect to %1 not followed</source>
        <translation>redirect to %1 not followed</translation>
    </message>
    <message>
        <source>%1 received, %2 body bytes so far</source>
        <translation>%1 received, %2 body bytes so far</translation>
    </message>
    <message>
        <source>no complete response within %1 ms (the host name was still being resolved)</source>
        <translation>no complete response within %1 ms (the host name was still being resolved)</translation>
    </message>
</context>
<context>
    <name>garagereg::WorkStatusLabel</name>
    <message>
        <source>delivered by this application</source>
        <translation>delivered by this application</translation>
    </message>
    <message>
        <source>delivered by another worker</source>
        <translation>delivered by another worker</translation>
    </message>
    <message>
        <source>Deliveries waiting: unknown</source>
        <translation>Deliveries waiting: unknown</translation>
    </message>
    <message>
        <source>Deliveries waiting: %1 (%2)</source>
        <translation>Deliveries waiting: %1 (%2)</translation>
    </message>
    <message>
        <source>This application sends webhooks while it runs, because no other worker uses this database.</source>
        <translation>This application sends webhooks while it runs, because no other worker uses this database.</translation>
    </message>
    <message>
        <source>Another process (a headless worker) sends the webhooks; this window shows its progress.</source>
        <translation>Another process (a headless worker) sends the webhooks; this window shows its progress.</translation>
    </message>
    <message>
        <source>Deliveries paused: the database cannot be used; trying again</source>
        <translation>Deliveries paused: the database cannot be used; trying again</translation>
    </message>
</context>
</TS>
