<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu_HU" sourcelanguage="en_US">
<context>
    <name>ApiTokenRepository</name>
    <message>
        <source>The token needs a name, e.g. the server or script that uses it.</source>
        <translation>A tokennek név kell, például a kiszolgálóé vagy a szkripté, amely használja.</translation>
    </message>
    <message>
        <source>There is no API token with id %1.</source>
        <translation>Nincs %1 azonosítójú API-token.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the database %1: it is a folder, not a database file.</source>
        <translation>Nem nyitható meg a(z) %1 adatbázis: ez egy mappa, nem adatbázisfájl.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: the folder %2 does not exist.</source>
        <translation>Nem nyitható meg a(z) %1 adatbázis: a(z) %2 mappa nem létezik.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: the file is not readable (check its permissions).</source>
        <translation>Nem nyitható meg a(z) %1 adatbázis: a fájl nem olvasható (ellenőrizze a jogosultságokat).</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed. Install libqt6sql6-sqlite.</source>
        <translation>A Qt SQLite-illesztőprogramja (QSQLITE) nincs telepítve. Telepítse a libqt6sql6-sqlite csomagot.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Nem nyitható meg a(z) %1 adatbázis: %2</translation>
    </message>
    <message>
        <source>Cannot open the database %1: it is not a GarageReg database or it is damaged (%2).</source>
        <translation>Nem nyitható meg a(z) %1 adatbázis: nem GarageReg-adatbázis, vagy megsérült (%2).</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed. Install libqt6sql6-psql.</source>
        <translation>A Qt PostgreSQL-illesztőprogramja (QPSQL) nincs telepítve. Telepítse a libqt6sql6-psql csomagot.</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL at %1: %2</source>
        <translation>Nem sikerült csatlakozni a PostgreSQL-kiszolgálóhoz (%1): %2</translation>
    </message>
    <message>
        <source>Cannot switch the database %1 to WAL mode (it stays in &quot;%2&quot; mode).</source>
        <translation>A(z) %1 adatbázis nem állítható WAL módba (továbbra is „%2” módban van).</translation>
    </message>
    <message>
        <source>Cannot switch the database %1 to WAL mode: %2</source>
        <translation>A(z) %1 adatbázis nem állítható WAL módba: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseInspector</name>
    <message>
        <source>The database has no table &quot;%1&quot;.</source>
        <translation>Az adatbázisban nincs „%1” nevű tábla.</translation>
    </message>
</context>
<context>
    <name>DatabaseSetup</name>
    <message>
        <source>No password is stored for this database: store one with &quot;garagereg-integrations-cli db set-password&quot; or set PGPASSWORD.</source>
        <translation>Ehhez az adatbázishoz nincs jelszó tárolva: tároljon egyet a „garagereg-integrations-cli db set-password” paranccsal, vagy állítsa be a PGPASSWORD változót.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist or cannot be written.</source>
        <translation>A(z) %1 mappa nem létezik, vagy nem írható.</translation>
    </message>
    <message>
        <source>The file does not exist yet: it will be created with the GarageReg schema.</source>
        <translation>A fájl még nem létezik: a GarageReg sémájával jön létre.</translation>
    </message>
    <message>
        <source>Connected. The database is empty: it will be set up when it is opened.</source>
        <translation>Kapcsolódva. Az adatbázis üres: megnyitáskor beállítjuk.</translation>
    </message>
    <message>
        <source>Connected, but the database has schema version %1, newer than this application knows (%2): update the application first.</source>
        <translation>Kapcsolódva, de az adatbázis sémaverziója %1, újabb annál, amit ez az alkalmazás ismer (%2): először frissítse az alkalmazást.</translation>
    </message>
    <message>
        <source>Connected. GarageReg database, schema version %1.</source>
        <translation>Kapcsolódva. GarageReg-adatbázis, sémaverzió: %1.</translation>
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
        <translation>Az adatbázist nem sikerült megnyitni.</translation>
    </message>
    <message>
        <source>Choose another database with --database &lt;url&gt; or the GARAGEREG_DATABASE environment variable.</source>
        <translation>Válasszon másik adatbázist a --database &lt;url&gt; kapcsolóval vagy a GARAGEREG_DATABASE környezeti változóval.</translation>
    </message>
    <message>
        <source>The database chosen in Settings could not be opened:

%1

Open the default database on this computer instead? You can choose again in Settings.</source>
        <translation>A Beállításokban választott adatbázist nem sikerült megnyitni:

%1

Megnyitja helyette a számítógép alapértelmezett adatbázisát? A Beállításokban újra választhat.</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>The database URL is empty. Use sqlite:///absolute/path.db or postgresql://user@host:port/dbname.</source>
        <translation>Az adatbázis URL-je üres. Használja a sqlite:///abszolút/útvonal.db vagy a postgresql://felhasználó@gép:port/adatbázisnév alakot.</translation>
    </message>
    <message>
        <source>Invalid database URL &quot;%1&quot;: an SQLite URL needs an absolute file path, for example sqlite:///home/user/garagereg.db.</source>
        <translation>Érvénytelen adatbázis-URL („%1”): az SQLite URL-hez abszolút fájlútvonal kell, például sqlite:///home/user/garagereg.db.</translation>
    </message>
    <message>
        <source>Invalid database URL &quot;%1&quot;: it must start with sqlite:// or postgresql://.</source>
        <translation>Érvénytelen adatbázis-URL („%1”): sqlite:// vagy postgresql:// előtaggal kell kezdődnie.</translation>
    </message>
    <message>
        <source>Invalid database URL &quot;%1&quot;: %2</source>
        <translation>Érvénytelen adatbázis-URL („%1”): %2</translation>
    </message>
    <message>
        <source>The database URL must not contain a password. Store it in the keychain (garagereg-integrations-cli db set-password) or set PGPASSWORD.</source>
        <translation>Az adatbázis URL-je nem tartalmazhat jelszót. Tárolja a jelszót a kulcstartóban (garagereg-integrations-cli db set-password), vagy állítsa be a PGPASSWORD változót.</translation>
    </message>
    <message>
        <source>the host name is missing.</source>
        <translation>hiányzik a gépnév.</translation>
    </message>
    <message>
        <source>the user name is missing (postgresql://user@host:port/dbname).</source>
        <translation>hiányzik a felhasználónév (postgresql://felhasználó@gép:port/adatbázisnév).</translation>
    </message>
    <message>
        <source>the database name is missing (postgresql://user@host:port/dbname).</source>
        <translation>hiányzik az adatbázis neve (postgresql://felhasználó@gép:port/adatbázisnév).</translation>
    </message>
    <message>
        <source>sslmode must be one of %1.</source>
        <translation>az sslmode értéke a következők egyike lehet: %1.</translation>
    </message>
    <message>
        <source>connect_timeout must be a number of seconds from 1 to 600.</source>
        <translation>a connect_timeout értéke 1 és 600 közötti másodpercszám lehet.</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; (supported: sslmode, connect_timeout).</source>
        <translation>ismeretlen beállítás: „%1” (támogatott: sslmode, connect_timeout).</translation>
    </message>
    <message>
        <source>Invalid database URL &quot;%1&quot;: the file path must not end with white space.</source>
        <translation>Érvénytelen adatbázis-URL: „%1”: a fájl elérési útja nem végződhet szóközzel.</translation>
    </message>
</context>
<context>
    <name>DeliveryStatus</name>
    <message>
        <source>Pending</source>
        <translation>Várakozik</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Újrapróbálás</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Kézbesítve</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Sikertelen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Lejárt</translation>
    </message>
</context>
<context>
    <name>DesktopServices</name>
    <message>
        <source>Webhooks are delivered by this application.</source>
        <translation>A webhookokat ez az alkalmazás kézbesíti.</translation>
    </message>
    <message>
        <source>Webhooks are delivered by another worker.</source>
        <translation>A webhookokat egy másik feldolgozó kézbesíti.</translation>
    </message>
</context>
<context>
    <name>DummyErp</name>
    <message>
        <source>The dummy ERP session expired (401); log in again.</source>
        <translation>A teszt-ERP munkamenete lejárt (401); jelentkezzen be újra.</translation>
    </message>
    <message>
        <source>Too many requests (429); retry after %1 s.</source>
        <translation>Túl sok kérés (429); próbálja újra %1 s múlva.</translation>
    </message>
    <message>
        <source>Internal server error (500).</source>
        <translation>Belső kiszolgálóhiba (500).</translation>
    </message>
    <message>
        <source>Service unavailable (503).</source>
        <translation>A szolgáltatás nem érhető el (503).</translation>
    </message>
    <message>
        <source>The dummy ERP did not answer in time (simulated timeout); nothing was stored.</source>
        <translation>A teszt-ERP nem válaszolt időben (szimulált időtúllépés); semmi sem tárolódott.</translation>
    </message>
    <message>
        <source>Dummy ERP with %1 parts</source>
        <translation>Teszt-ERP %1 alkatrésszel</translation>
    </message>
    <message>
        <source>page_size must be at least 1; it is %1.</source>
        <translation>A page_size értékének legalább 1-nek kell lennie; a megadott érték: %1.</translation>
    </message>
    <message>
        <source>page_token is not a token this ERP handed out; start the listing again without one.</source>
        <translation>A page_token nem ettől az ERP-től kapott token; kezdje újra a listázást token nélkül.</translation>
    </message>
    <message>
        <source>stock_quantity is read-only in this ERP; leave it out or send 0.</source>
        <translation>Ebben az ERP-ben a stock_quantity csak olvasható; hagyja ki, vagy küldjön 0 értéket.</translation>
    </message>
    <message>
        <source>The connection to the dummy ERP was reset before the answer arrived (simulated lost response); the write may have been stored.</source>
        <translation>A kapcsolat a teszt-ERP-vel a válasz megérkezése előtt megszakadt (szimulált elveszett válasz); lehet, hogy az írás mégis tárolódott.</translation>
    </message>
    <message>
        <source>The part %1 does not exist in the ERP.</source>
        <translation>A(z) %1 alkatrész nem létezik az ERP-ben.</translation>
    </message>
    <message>
        <source>The part %1 was deleted in the ERP.</source>
        <translation>A(z) %1 alkatrészt törölték az ERP-ben.</translation>
    </message>
    <message>
        <source>The part %1 was changed in the ERP since it was read: If-Match %2 does not match the current ETag %3.</source>
        <translation>A(z) %1 alkatrész a beolvasása óta megváltozott az ERP-ben: az If-Match értéke (%2) nem egyezik a jelenlegi ETag-értékkel (%3).</translation>
    </message>
    <message>
        <source>stock_quantity is read-only in this ERP; leave it out or send the current value.</source>
        <translation>Ebben az ERP-ben a stock_quantity csak olvasható; hagyja ki, vagy küldje a jelenlegi értéket.</translation>
    </message>
    <message>
        <source>part_number is missing</source>
        <translation>hiányzik a part_number</translation>
    </message>
    <message>
        <source>part_number &quot;%1&quot; already exists (%2)</source>
        <translation>a part_number értéke („%1”) már foglalt (%2)</translation>
    </message>
    <message>
        <source>name is missing</source>
        <translation>hiányzik a name</translation>
    </message>
    <message>
        <source>unit_price_minor must not be negative; it is %1</source>
        <translation>a unit_price_minor nem lehet negatív; értéke: %1</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot; is not a known currency (known: %2)</source>
        <translation>a currency értéke („%1”) nem ismert pénznem (ismert pénznemek: %2)</translation>
    </message>
    <message>
        <source>vat_code &quot;%1&quot; is not a known VAT code (known: %2)</source>
        <translation>a vat_code értéke („%1”) nem ismert áfakód (ismert kódok: %2)</translation>
    </message>
    <message>
        <source>The ERP rejected the part: %1.</source>
        <translation>Az ERP elutasította az alkatrészt: %1.</translation>
    </message>
    <message>
        <source>The ERP rejected the part %1: %2.</source>
        <translation>Az ERP elutasította a(z) %1 alkatrészt: %2.</translation>
    </message>
    <message>
        <source>The outside edit of %1 is not valid: %2.</source>
        <translation>A(z) %1 alkatrész külső módosítása érvénytelen: %2.</translation>
    </message>
    <message>
        <source>The part cannot be added to the dummy ERP: %1.</source>
        <translation>Az alkatrész nem vehető fel a teszt-ERP-be: %1.</translation>
    </message>
    <message>
        <source>The dummy ERP has no part %1.</source>
        <translation>A teszt-ERP-ben nincs %1 cikkszámú alkatrész.</translation>
    </message>
    <message>
        <source>Too many requests (%1); retry after %2 s.</source>
        <translation>Túl sok kérés (%1); próbálja újra %2 s múlva.</translation>
    </message>
    <message>
        <source>Too many requests (%1).</source>
        <translation>Túl sok kérés (%1).</translation>
    </message>
    <message>
        <source>Server error (%1).</source>
        <translation>Kiszolgálóhiba (%1).</translation>
    </message>
    <message>
        <source>The dummy ERP refused the credentials or the session (%1).</source>
        <translation>A teszt-ERP elutasította a hitelesítő adatokat vagy a munkamenetet (%1).</translation>
    </message>
    <message>
        <source>The connection to the dummy ERP failed (simulated network error); nothing was stored.</source>
        <translation>Nem sikerült kapcsolódni a teszt-ERP-hez (szimulált hálózati hiba); semmi sem tárolódott.</translation>
    </message>
    <message>
        <source>The ERP rejected the request (%1).</source>
        <translation>Az ERP elutasította a kérést (%1).</translation>
    </message>
    <message>
        <source>The record was changed in the ERP (%1).</source>
        <translation>A rekord megváltozott az ERP-ben (%1).</translation>
    </message>
    <message>
        <source>Not found (%1).</source>
        <translation>Nem található (%1).</translation>
    </message>
    <message>
        <source>Not implemented (%1).</source>
        <translation>Nincs megvalósítva (%1).</translation>
    </message>
    <message>
        <source>Simulated failure.</source>
        <translation>Szimulált hiba.</translation>
    </message>
    <message>
        <source>Cannot write the dummy ERP file &quot;%1&quot;: %2</source>
        <translation>Nem írható a(z) „%1” teszt-ERP-fájl: %2</translation>
    </message>
    <message>
        <source>Cannot read the dummy ERP file &quot;%1&quot;: %2</source>
        <translation>Nem olvasható a(z) „%1” teszt-ERP-fájl: %2</translation>
    </message>
    <message>
        <source>The dummy ERP file &quot;%1&quot; is not valid: %2. It was left unchanged.</source>
        <translation>A(z) „%1” teszt-ERP-fájl érvénytelen: %2. A fájl nem változott.</translation>
    </message>
    <message>
        <source>%1 at line %2, column %3 (offset %4)</source>
        <translation>%1 a(z) %2. sor %3. oszlopában (eltolás: %4)</translation>
    </message>
    <message>
        <source>the top level must be a JSON object with &quot;format&quot; and &quot;parts&quot;</source>
        <translation>a legfelső szintnek „format” és „parts” kulcsot tartalmazó JSON-objektumnak kell lennie</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;%1&quot;</source>
        <translation>a „format” értéke csak „%1” lehet</translation>
    </message>
    <message>
        <source>&quot;parts&quot; must be an array</source>
        <translation>a „parts” értékének tömbnek kell lennie</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>a(z) %1 elemnek objektumnak kell lennie</translation>
    </message>
    <message>
        <source>%1 has the unknown field &quot;%2&quot;; the fields are: %3</source>
        <translation>a(z) %1 elem ismeretlen mezőt tartalmaz („%2”); a lehetséges mezők: %3</translation>
    </message>
    <message>
        <source>%1.%2 is missing</source>
        <translation>hiányzik: %1.%2</translation>
    </message>
    <message>
        <source>%1.%2 must be a string</source>
        <translation>a(z) %1.%2 értékének karakterláncnak kell lennie</translation>
    </message>
    <message>
        <source>%1.%2 must not be empty</source>
        <translation>a(z) %1.%2 nem lehet üres</translation>
    </message>
    <message>
        <source>%1.%2 must be a whole number or null</source>
        <translation>a(z) %1.%2 értékének egész számnak vagy null értéknek kell lennie</translation>
    </message>
    <message>
        <source>%1.%2 must not be negative</source>
        <translation>a(z) %1.%2 nem lehet negatív</translation>
    </message>
    <message>
        <source>%1.%2 &quot;%3&quot; is not a known currency (known: %4)</source>
        <translation>a(z) %1.%2 értéke („%3”) nem ismert pénznem (ismert pénznemek: %4)</translation>
    </message>
    <message>
        <source>%1.%2 &quot;%3&quot; is not a known VAT code (known: %4)</source>
        <translation>a(z) %1.%2 értéke („%3”) nem ismert áfakód (ismert kódok: %4)</translation>
    </message>
    <message>
        <source>%1.%2 &quot;%3&quot; is not an ISO 8601 UTC time such as 2026-01-15T08:30:00.125Z</source>
        <translation>a(z) %1.%2 értéke („%3”) nem ISO 8601 formátumú UTC-időpont (például 2026-01-15T08:30:00.125Z)</translation>
    </message>
    <message>
        <source>%1.%2 must be true or false</source>
        <translation>a(z) %1.%2 értéke csak true vagy false lehet</translation>
    </message>
    <message>
        <source>%1.%2 &quot;%3&quot; appears more than once</source>
        <translation>a(z) %1.%2 értéke („%3”) többször is előfordul</translation>
    </message>
    <message>
        <source>%1.%2 &quot;%3&quot; is also the part number of %4; live parts need distinct part numbers</source>
        <translation>a(z) %1.%2 értéke („%3”) a(z) %4 azonosítójú alkatrész cikkszáma is; a nem törölt alkatrészek cikkszámainak különbözniük kell</translation>
    </message>
</context>
<context>
    <name>DummyErpAdapter</name>
    <message>
        <source>Cannot read the dummy ERP file &quot;%1&quot;: %2</source>
        <translation>Nem olvasható a(z) „%1” teszt-ERP-fájl: %2</translation>
    </message>
    <message>
        <source>The dummy ERP changed but the change could not be saved: %1</source>
        <translation>A teszt-ERP megváltozott, de a változást nem sikerült menteni: %1</translation>
    </message>
    <message>
        <source>The dummy ERP adapter was closed before the answer arrived.</source>
        <translation>A teszt-ERP illesztője a válasz megérkezése előtt bezárult.</translation>
    </message>
    <message>
        <source>Dummy ERP with %1 parts, stored in %2</source>
        <translation>Teszt-ERP %1 alkatrésszel, tárolás helye: %2</translation>
    </message>
    <message>
        <source>The dummy ERP setting &quot;%1&quot; must be %2; it is %3.</source>
        <translation>A teszt-ERP „%1” beállításának értéke csak %2 lehet; a megadott érték: %3.</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>%1 és %2 közötti egész szám</translation>
    </message>
    <message>
        <source>a probability from 0 to 1</source>
        <translation>0 és 1 közötti valószínűség</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true vagy false</translation>
    </message>
    <message>
        <source>&quot;next_link&quot; or &quot;offset&quot;</source>
        <translation>„next_link” vagy „offset”</translation>
    </message>
    <message>
        <source>The endpoint URL &quot;%1&quot; does not name a file; use a URL such as file:///home/me/dummy-erp.json, or leave it empty to keep the dummy ERP in memory.</source>
        <translation>A végpont URL-je („%1”) nem fájlt jelöl; adjon meg például file:///home/me/dummy-erp.json alakú URL-t, vagy hagyja üresen, ha a teszt-ERP adatait csak a memóriában kívánja tartani.</translation>
    </message>
</context>
<context>
    <name>EndpointPing</name>
    <message>
        <source>&quot;%1&quot; is not an http or https URL.</source>
        <translation>A(z) „%1” nem http vagy https URL.</translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation>HTTP %1, %2 ms alatt</translation>
    </message>
    <message>
        <source>No answer after %1 ms: %2</source>
        <translation>Nincs válasz %1 ms után: %2</translation>
    </message>
</context>
<context>
    <name>ErpAdapterRegistry</name>
    <message>
        <source>The provider &quot;%1&quot; has no ERP adapter; ERP providers are: %2.</source>
        <translation>A(z) „%1” szolgáltatóhoz nincs ERP-illesztő; az ERP-szolgáltatók: %2.</translation>
    </message>
</context>
<context>
    <name>ErpSyncRepository</name>
    <message>
        <source>There is no open conflict with id %1.</source>
        <translation>Nincs %1 azonosítójú nyitott ütközés.</translation>
    </message>
    <message>
        <source>Interrupted: the process running this sync stopped before it finished.</source>
        <translation>Megszakadt: a szinkronizálást futtató folyamat a befejezés előtt leállt.</translation>
    </message>
    <message>
        <source>Two bindings of one part cannot be stored in one statement.</source>
        <translation>Egy alkatrész két összerendelése nem tárolható egy utasításban.</translation>
    </message>
</context>
<context>
    <name>EventFilter</name>
    <message>
        <source>Filter key &quot;%1&quot;: $eq and $ne need a string, number, true, false or null.</source>
        <translation>A(z) „%1” szűrőkulcs: a $eq és a $ne operátorhoz karakterlánc, szám, true, false vagy null érték szükséges.</translation>
    </message>
    <message>
        <source>Filter key &quot;%1&quot;: a list of allowed values must be a non-empty JSON array.</source>
        <translation>A(z) „%1” szűrőkulcs: az engedélyezett értékek listájának nem üres JSON-tömbnek kell lennie.</translation>
    </message>
    <message>
        <source>Filter key &quot;%1&quot;: the list may hold only strings, numbers, true, false or null.</source>
        <translation>A(z) „%1” szűrőkulcs: a lista csak karakterláncokat, számokat, illetve true, false vagy null értéket tartalmazhat.</translation>
    </message>
    <message>
        <source>Filter key &quot;%1&quot;: $gt, $gte, $lt and $lte need a number or a string.</source>
        <translation>A(z) „%1” szűrőkulcs: a $gt, $gte, $lt és $lte operátorhoz szám vagy karakterlánc szükséges.</translation>
    </message>
    <message>
        <source>Filter key &quot;%1&quot;: $exists needs true or false.</source>
        <translation>A(z) „%1” szűrőkulcs: a $exists operátor értéke csak true vagy false lehet.</translation>
    </message>
    <message>
        <source>Filter key &quot;%1&quot; is not a field path such as &quot;priority&quot; or &quot;gate.site&quot;.</source>
        <translation>A(z) „%1” szűrőkulcs nem mezőútvonal (például „priority” vagy „gate.site”).</translation>
    </message>
    <message>
        <source>Filter key &quot;%1&quot;: an operator object needs at least one of $eq, $ne, $in, $nin, $gt, $gte, $lt, $lte, $exists.</source>
        <translation>A(z) „%1” szűrőkulcs: az operátorobjektumnak legalább egyet tartalmaznia kell a következők közül: $eq, $ne, $in, $nin, $gt, $gte, $lt, $lte, $exists.</translation>
    </message>
    <message>
        <source>Filter key &quot;%1&quot;: unknown operator &quot;%2&quot; (use $eq, $ne, $in, $nin, $gt, $gte, $lt, $lte or $exists; reach nested fields with dotted keys).</source>
        <translation>A(z) „%1” szűrőkulcs: ismeretlen operátor: „%2” (használható: $eq, $ne, $in, $nin, $gt, $gte, $lt, $lte vagy $exists; a beágyazott mezőket pontokkal tagolt kulcsokkal érheti el).</translation>
    </message>
</context>
<context>
    <name>EventTypes</name>
    <message>
        <source>A gate or garage door was registered.</source>
        <translation>Egy kapu vagy garázskapu nyilvántartásba került.</translation>
    </message>
    <message>
        <source>A gate&apos;s data changed.</source>
        <translation>Egy kapu adatai megváltoztak.</translation>
    </message>
    <message>
        <source>A gate&apos;s periodic inspection falls due.</source>
        <translation>Esedékessé vált egy kapu időszakos felülvizsgálata.</translation>
    </message>
    <message>
        <source>A fault was reported on a gate.</source>
        <translation>Hibabejelentés érkezett egy kapuról.</translation>
    </message>
    <message>
        <source>A work order was opened.</source>
        <translation>Egy munkalapot megnyitottak.</translation>
    </message>
    <message>
        <source>A work order was completed.</source>
        <translation>Egy munkalap elkészült.</translation>
    </message>
    <message>
        <source>A spare part was added to the inventory.</source>
        <translation>Egy pótalkatrész bekerült a készletnyilvántartásba.</translation>
    </message>
    <message>
        <source>A spare part&apos;s stock fell below its minimum.</source>
        <translation>Egy pótalkatrész készlete a minimum alá csökkent.</translation>
    </message>
    <message>
        <source>Spare parts were taken from or added to stock.</source>
        <translation>Pótalkatrészeket vettek ki a készletből, vagy vettek fel a készletre.</translation>
    </message>
    <message>
        <source>A maintenance visit was scheduled.</source>
        <translation>Egy karbantartási kiszállást ütemeztek.</translation>
    </message>
    <message>
        <source>A maintenance visit was completed.</source>
        <translation>Egy karbantartási kiszállás befejeződött.</translation>
    </message>
    <message>
        <source>A test event that checks an endpoint.</source>
        <translation>Tesztesemény egy végpont ellenőrzéséhez.</translation>
    </message>
    <message>
        <source>Unknown event type(s): %1. Known types: %2.</source>
        <translation>Ismeretlen eseménytípus(ok): %1. Ismert típusok: %2.</translation>
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
        <translation>Használat: garagereg-integrations [kapcsolók]

A GarageReg Integrations asztali alkalmazás: webhook-előfizetések és ERP-illesztők.

Kapcsolók:
  --database &lt;url&gt;    sqlite:///abszolút/útvonal.db vagy postgresql://felhasználó@gép:port/adatbázisnév
                      (alapértelmezés: $GARAGEREG_DATABASE, egyébként a felhasználó saját SQLite-fájlja).
  --language &lt;nyelv&gt;  hu vagy en (alapértelmezés: hu, ha a rendszer nyelve magyar, egyébként en).
  -h, --help          A súgó megjelenítése.
  -v, --version       A verziószám megjelenítése.

A PostgreSQL-jelszó a PGPASSWORD változóból vagy a kulcstartóból származik
(garagereg-integrations-cli db set-password).
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>A súgó megjelenítése.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>A verziószám megjelenítése.</translation>
    </message>
    <message>
        <source>Database URL.</source>
        <translation>Az adatbázis URL-je.</translation>
    </message>
    <message>
        <source>User interface language (hu or en).</source>
        <translation>A felhasználói felület nyelve (hu vagy en).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>váratlan argumentum: „%1”.</translation>
    </message>
    <message>
        <source>--database needs a URL.</source>
        <translation>a --database kapcsolóhoz URL kell.</translation>
    </message>
    <message>
        <source>unsupported language &quot;%1&quot; (use %2).</source>
        <translation>nem támogatott nyelv: „%1” (választható: %2).</translation>
    </message>
</context>
<context>
    <name>HealthStatus</name>
    <message>
        <source>Unknown</source>
        <translation>Ismeretlen</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Egészséges</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Figyelmeztetés</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Hiba</translation>
    </message>
</context>
<context>
    <name>IntegrationCredentials</name>
    <message>
        <source>There is no integration with id %1.</source>
        <translation>Nincs %1 azonosítójú integráció.</translation>
    </message>
    <message>
        <source>The credential was not stored: %1</source>
        <translation>A hitelesítő adat nem lett tárolva: %1</translation>
    </message>
</context>
<context>
    <name>IntegrationRepository</name>
    <message>
        <source>The integration</source>
        <translation>Az integráció</translation>
    </message>
    <message>
        <source>There is no integration with id %1.</source>
        <translation>Nincs %1 azonosítójú integráció.</translation>
    </message>
</context>
<context>
    <name>IntegrationValidator</name>
    <message>
        <source>The name is empty.</source>
        <translation>Nincs megadva a név.</translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation>A név hosszabb 200 karakternél.</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;; known providers: %2.</source>
        <translation>Ismeretlen szolgáltató: „%1”; ismert szolgáltatók: %2.</translation>
    </message>
    <message>
        <source>The endpoint URL &quot;%1&quot; is not an http or https URL.</source>
        <translation>A végpont URL-je („%1”) nem http vagy https URL.</translation>
    </message>
    <message>
        <source>The rate limit must be a positive number of requests per minute.</source>
        <translation>A sebességkorlátot a percenkénti kérések pozitív számaként kell megadni.</translation>
    </message>
    <message>
        <source>The endpoint URL &quot;%1&quot; contains a user name or password, which would be stored and shown with it. Remove it and store the credential in the keychain (erp set-credential).</source>
        <translation>A(z) „%1” végpont-URL felhasználónevet vagy jelszót tartalmaz, amelyet az URL-lel együtt tárolnánk és megjelenítenénk. Vegye ki belőle, és a hitelesítő adatot a kulcstartóban tárolja (erp set-credential).</translation>
    </message>
    <message>
        <source>The CA certificates (%1) are not PEM certificates (-----BEGIN CERTIFICATE-----).</source>
        <translation>A CA-tanúsítványok (%1) nem PEM-tanúsítványok (-----BEGIN CERTIFICATE-----).</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain has no entry &quot;%1&quot;.</source>
        <translation>A kulcstartóban nincs „%1” bejegyzés.</translation>
    </message>
    <message>
        <source>The keychain refused access to &quot;%1&quot;: %2</source>
        <translation>A kulcstartó megtagadta a hozzáférést ehhez: „%1”: %2</translation>
    </message>
    <message>
        <source>The keychain failed for &quot;%1&quot;: %2</source>
        <translation>A kulcstartó hibát jelzett ennél: „%1”: %2</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 seconds; it may be locked and waiting for a password prompt that cannot be shown</source>
        <translation>a kulcstartó %1 másodpercen belül nem válaszolt; lehet, hogy zárolva van, és olyan jelszókérésre vár, amely nem jeleníthető meg</translation>
    </message>
    <message>
        <source>No keychain is available to store secrets (%1). On Linux, run a Secret Service provider such as gnome-keyring or KWallet in your desktop session and unlock it; on a server without a desktop, start one with: dbus-run-session -- sh -c &apos;gnome-keyring-daemon --unlock --components=secrets&apos;. Secrets are never written in plaintext instead.</source>
        <translation>Nincs elérhető kulcstartó a titkos adatok tárolásához (%1). Linuxon futtasson Secret Service-szolgáltatót (például gnome-keyringet vagy KWalletet) az asztali munkamenetben, és oldja fel; asztali környezet nélküli kiszolgálón így indíthat egyet: dbus-run-session -- sh -c &apos;gnome-keyring-daemon --unlock --components=secrets&apos;. A titkos adatok ilyenkor sem kerülnek egyszerű szövegként tárolásra.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The database %1 has schema version %2, but this version of GarageReg Integrations understands only up to version %3. Upgrade the application; the database was not changed.</source>
        <translation>A(z) %1 adatbázis sémaverziója %2, de a GarageReg Integrations e verziója csak a(z) %3. sémaverzióig ismeri az adatbázist. Frissítse az alkalmazást; az adatbázis nem változott.</translation>
    </message>
    <message>
        <source>Unknown schema version %1.</source>
        <translation>Ismeretlen sémaverzió: %1.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Unknown currency &quot;%1&quot;; known currencies: %2.</source>
        <translation>Ismeretlen pénznem: „%1”; ismert pénznemek: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount such as 12999 or 12999.50.</source>
        <translation>„%1” nem érvényes összeg (például 12999 vagy 12999.50).</translation>
    </message>
    <message>
        <source>The amount %1 is negative.</source>
        <translation>A(z) %1 összeg negatív.</translation>
    </message>
    <message>
        <source>%1 has no minor unit: %2 cannot have decimals.</source>
        <translation>A(z) %1 pénznemnek nincs váltóegysége: a(z) %2 összeg nem tartalmazhat tizedesjegyeket.</translation>
    </message>
    <message>
        <source>%1 has %2 decimals: %3 has more.</source>
        <translation>A(z) %1 pénznem %2 tizedesjegyet használ: a(z) %3 összegben ennél több van.</translation>
    </message>
</context>
<context>
    <name>OutboundPolicy</name>
    <message>
        <source>The outbound policy&apos;s &quot;%1&quot; is not a list.</source>
        <translation>A kimenő szabályzat „%1” eleme nem lista.</translation>
    </message>
    <message>
        <source>The outbound policy&apos;s &quot;%1&quot; holds something other than text.</source>
        <translation>A kimenő szabályzat „%1” eleme nem csak szöveget tartalmaz.</translation>
    </message>
    <message>
        <source>The stored outbound policy is not a JSON object.</source>
        <translation>A tárolt kimenő szabályzat nem JSON-objektum.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or a pattern like *.example.com.</source>
        <translation>A(z) „%1” nem gépnév és nem is *.example.com alakú minta.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network like 10.0.0.0/8 or fd00::/8.</source>
        <translation>A(z) „%1” nem 10.0.0.0/8 vagy fd00::/8 alakú hálózat.</translation>
    </message>
    <message>
        <source>the outbound policy allows only http and https URLs</source>
        <translation>a kimenő szabályzat csak http és https URL-eket enged</translation>
    </message>
    <message>
        <source>the outbound policy allows only https (rule https-only)</source>
        <translation>a kimenő szabályzat csak https-t enged (https-only szabály)</translation>
    </message>
    <message>
        <source>the host %1 is on the outbound policy&apos;s deny list (rule deny-host %2)</source>
        <translation>a(z) %1 gép a kimenő szabályzat tiltólistáján van (deny-host %2 szabály)</translation>
    </message>
    <message>
        <source>%1 is on none of the outbound policy&apos;s allow lists (rules allow-host, allow-network)</source>
        <translation>a(z) %1 a kimenő szabályzat egyik engedélyezési listáján sincs rajta (allow-host, allow-network szabályok)</translation>
    </message>
    <message>
        <source>the address %1 is in a network on the outbound policy&apos;s deny list (rule deny-network %2)</source>
        <translation>a(z) %1 cím a kimenő szabályzat tiltólistáján lévő hálózatba esik (deny-network %2 szabály)</translation>
    </message>
    <message>
        <source>the address %1 is private, loopback or link-local, which the outbound policy refuses (rule refuse-private)</source>
        <translation>a(z) %1 cím magán-, visszacsatolási vagy link-local cím, ezt a kimenő szabályzat elutasítja (refuse-private szabály)</translation>
    </message>
    <message>
        <source>the addresses of %1 are unknown, so the outbound policy cannot allow it</source>
        <translation>a(z) %1 címei ismeretlenek, ezért a kimenő szabályzat nem engedheti</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nincs)</translation>
    </message>
    <message>
        <source>https-only: %1</source>
        <translation>https-only: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>igen</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nem</translation>
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
        <translation>Az alkatrész</translation>
    </message>
    <message>
        <source>A part with the number &quot;%1&quot; already exists.</source>
        <translation>Már létezik „%1” cikkszámú alkatrész.</translation>
    </message>
    <message>
        <source>There is no part with id %1.</source>
        <translation>Nincs %1 azonosítójú alkatrész.</translation>
    </message>
    <message>
        <source>There is no part &quot;%1&quot; to delete.</source>
        <translation>Nincs törölhető „%1” cikkszámú alkatrész.</translation>
    </message>
    <message>
        <source>Storing %1 parts returned %2 ids.</source>
        <translation>%1 alkatrész tárolása %2 azonosítót adott vissza.</translation>
    </message>
</context>
<context>
    <name>PartValidator</name>
    <message>
        <source>The part number &quot;%1&quot; must be 1 to 64 letters, digits, dots, dashes, slashes or underscores, starting with a letter or digit.</source>
        <translation>A(z) „%1” cikkszám 1–64 karakterből (betűkből, számjegyekből, pontokból, kötőjelekből, perjelekből vagy aláhúzásjelekből) állhat, és betűvel vagy számjeggyel kell kezdődnie.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>Nincs megadva a megnevezés.</translation>
    </message>
    <message>
        <source>The unit price must not be negative.</source>
        <translation>Az egységár nem lehet negatív.</translation>
    </message>
    <message>
        <source>The unit is empty.</source>
        <translation>Nincs megadva a mértékegység.</translation>
    </message>
    <message>
        <source>The minimum stock must not be negative.</source>
        <translation>A minimális készlet nem lehet negatív.</translation>
    </message>
    <message>
        <source>The currency &quot;%1&quot; is not one of %2.</source>
        <translation>A(z) „%1” pénznem nem szerepel a következők között: %2.</translation>
    </message>
    <message>
        <source>The VAT code &quot;%1&quot; is not one of %2.</source>
        <translation>A(z) „%1” áfakód nem szerepel a következők között: %2.</translation>
    </message>
    <message>
        <source>The stock must not be negative.</source>
        <translation>A készlet nem lehet negatív.</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>%1 is not valid: %2</source>
        <translation>%1 érvénytelen: %2</translation>
    </message>
    <message>
        <source>The stored %1 is not valid JSON: %2</source>
        <translation>A(z) %1 mezőben tárolt érték nem érvényes JSON: %2</translation>
    </message>
    <message>
        <source>The stored %1 is not a JSON object.</source>
        <translation>A(z) %1 mezőben tárolt érték nem JSON-objektum.</translation>
    </message>
    <message>
        <source>The stored %1 is not a JSON array.</source>
        <translation>A(z) %1 mezőben tárolt érték nem JSON-tömb.</translation>
    </message>
</context>
<context>
    <name>RestApi</name>
    <message>
        <source>&quot;%1&quot; is required.</source>
        <translation>A(z) „%1” mező kötelező.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>A(z) „%1” mező szöveg legyen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty.</source>
        <translation>A(z) „%1” mező nem lehet üres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>A(z) „%1” mező %2 és %3 közötti egész szám legyen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>A(z) „%1” mező true vagy false legyen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of strings.</source>
        <translation>A(z) „%1” mező szövegek tömbje legyen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of whole numbers.</source>
        <translation>A(z) „%1” mező egész számok tömbje legyen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold whole numbers from %2 to %3.</source>
        <translation>A(z) „%1” mező %2 és %3 közötti egész számokat tartalmazzon.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a JSON object.</source>
        <translation>A(z) „%1” mező JSON-objektum legyen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an ISO 8601 time such as 2026-12-01T08:00:00Z.</source>
        <translation>A(z) „%1” mező ISO 8601 időpont legyen, például 2026-12-01T08:00:00Z.</translation>
    </message>
    <message>
        <source>A JSON object body is required.</source>
        <translation>JSON-objektum törzs szükséges.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a positive whole number.</source>
        <translation>A(z) „%1” pozitív egész szám legyen.</translation>
    </message>
    <message>
        <source>This token is limited to organization &quot;%1&quot;.</source>
        <translation>Ez a token a(z) „%1” szervezetre korlátozott.</translation>
    </message>
    <message>
        <source>Send an API token: &quot;Authorization: Bearer &lt;token&gt;&quot;.</source>
        <translation>Küldjön API-tokent: „Authorization: Bearer &lt;token&gt;”.</translation>
    </message>
    <message>
        <source>The API token is unknown or revoked.</source>
        <translation>Az API-token ismeretlen vagy visszavont.</translation>
    </message>
    <message>
        <source>Send the body as application/json.</source>
        <translation>A törzset application/json típusként küldje.</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1 at byte %2.</source>
        <translation>A törzs nem érvényes JSON: %1 a(z) %2. bájtnál.</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>A törzs JSON-objektum legyen.</translation>
    </message>
    <message>
        <source>Use %1 on this path.</source>
        <translation>Ezen az útvonalon ezt használja: %1.</translation>
    </message>
    <message>
        <source>There is no route %1 %2.</source>
        <translation>Nincs ilyen útvonal: %1 %2.</translation>
    </message>
    <message>
        <source>There is no integration with id %1.</source>
        <translation>Nincs %1 azonosítójú integráció.</translation>
    </message>
    <message>
        <source>&quot;type&quot; must be erp, webhook or api.</source>
        <translation>A „type” mező erp, webhook vagy api legyen.</translation>
    </message>
    <message>
        <source>Send {&quot;status&quot;: &quot;active&quot;} or {&quot;status&quot;: &quot;inactive&quot;} (or &quot;active&quot;: true/false).</source>
        <translation>Küldjön {&quot;status&quot;: &quot;active&quot;} vagy {&quot;status&quot;: &quot;inactive&quot;} értéket (vagy &quot;active&quot;: true/false).</translation>
    </message>
    <message>
        <source>Unknown event type &quot;%1&quot;; known: %2.</source>
        <translation>Ismeretlen eseménytípus: „%1”; ismertek: %2.</translation>
    </message>
    <message>
        <source>&quot;signature_scheme&quot; must be garagereg or standard-webhooks.</source>
        <translation>A „signature_scheme” mező garagereg vagy standard-webhooks legyen.</translation>
    </message>
    <message>
        <source>&quot;status&quot; must be pending, retrying, delivered, failed or expired.</source>
        <translation>A „status” mező pending, retrying, delivered, failed vagy expired legyen.</translation>
    </message>
    <message>
        <source>There is no delivery with request id %1.</source>
        <translation>Nincs %1 kérésazonosítójú kézbesítés.</translation>
    </message>
    <message>
        <source>Integration %1 is not an ERP integration.</source>
        <translation>A(z) %1 integráció nem ERP-integráció.</translation>
    </message>
    <message>
        <source>Integration %1 is inactive; activate it before syncing.</source>
        <translation>A(z) %1 integráció inaktív; szinkronizálás előtt kapcsolja be.</translation>
    </message>
    <message>
        <source>&quot;sync_type&quot; must be parts_from_erp, parts_to_erp or bidirectional.</source>
        <translation>A „sync_type” mező parts_from_erp, parts_to_erp vagy bidirectional legyen.</translation>
    </message>
    <message>
        <source>The request failed on the server. Its log has the reason under request id %1.</source>
        <translation>A kérés a kiszolgálón meghiúsult. Az okát a kiszolgáló naplója a(z) %1 kérésazonosító alatt tartalmazza.</translation>
    </message>
    <message numerus="yes">
        <source>This token made more than %1 requests a second (bursts of %2); try again in %n second(s).</source>
        <translation>
            <numerusform>Ez a token másodpercenként több mint %1 kérést küldött (%2 kérésnyi löketekben); próbálja újra %n másodperc múlva.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another sync of integration %1 is running (sync log %2); try again when it has finished.</source>
        <translation>A(z) %1 integráció egy másik szinkronizálása fut (szinkronizálási napló: %2); próbálja újra, ha befejeződött.</translation>
    </message>
    <message>
        <source>The sync of integration %1 stopped at once; sync log %2 says why.</source>
        <translation>A(z) %1 integráció szinkronizálása azonnal leállt; az okát a(z) %2 szinkronizálási napló írja le.</translation>
    </message>
    <message>
        <source>The REST API accepts only http and https endpoint URLs; a file endpoint is set on the command line or in the desktop application.</source>
        <translation>A REST API csak http és https végpont-URL-t fogad el; fájl végpontot a parancssorban vagy az asztali alkalmazásban lehet beállítani.</translation>
    </message>
    <message>
        <source>The URL is refused: %1.</source>
        <translation>Az URL elutasítva: %1.</translation>
    </message>
</context>
<context>
    <name>RestJsonProfile</name>
    <message>
        <source>The integration setting %1 is wrong: %2</source>
        <translation>A(z) %1 integrációs beállítás hibás: %2</translation>
    </message>
    <message>
        <source>it is missing; give a string.</source>
        <translation>hiányzik; adjon meg egy karakterláncot.</translation>
    </message>
    <message>
        <source>it is %1; give a string.</source>
        <translation>a megadott érték: %1; adjon meg egy karakterláncot.</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>üres.</translation>
    </message>
    <message>
        <source>it is %1; give true or false.</source>
        <translation>a megadott érték: %1; adjon meg true vagy false értéket.</translation>
    </message>
    <message>
        <source>it must be a whole number from %1 to %2.</source>
        <translation>%1 és %2 közötti egész számnak kell lennie.</translation>
    </message>
    <message>
        <source>it is missing; give an object.</source>
        <translation>hiányzik; adjon meg egy objektumot.</translation>
    </message>
    <message>
        <source>it is %1; give an object.</source>
        <translation>a megadott érték: %1; adjon meg egy objektumot.</translation>
    </message>
    <message>
        <source>it is %1; it must be one of %2.</source>
        <translation>a megadott érték: %1; a következők egyike lehet: %2.</translation>
    </message>
    <message>
        <source>a query parameter has no name.</source>
        <translation>egy lekérdezési paraméternek nincs neve.</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; is %2; give a string.</source>
        <translation>a(z) „%1” paraméter értéke: %2; adjon meg egy karakterláncot.</translation>
    </message>
    <message>
        <source>it is empty; leave it out when the API has no such field.</source>
        <translation>üres; hagyja ki, ha az API-ban nincs ilyen mező.</translation>
    </message>
    <message>
        <source>it is %1; give the JSON key as a string.</source>
        <translation>a megadott érték: %1; a JSON-kulcsot karakterláncként adja meg.</translation>
    </message>
    <message>
        <source>The integration setting %1 uses {%2}, which only %3 may use.</source>
        <translation>A(z) %1 integrációs beállítás a(z) {%2} helyőrzőt használja, de azt csak a(z) %3 használhatja.</translation>
    </message>
    <message>
        <source>it is missing; give {&quot;type&quot;: &quot;none&quot;} for an API without one.</source>
        <translation>hiányzik; hitelesítés nélküli API esetén adja meg ezt: {&quot;type&quot;: &quot;none&quot;}.</translation>
    </message>
    <message>
        <source>it is missing; give none, bearer, api_key or basic.</source>
        <translation>hiányzik; adja meg a következők egyikét: none, bearer, api_key vagy basic.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP header name.</source>
        <translation>„%1” nem érvényes HTTP-fejlécnév.</translation>
    </message>
    <message>
        <source>it contains a line break.</source>
        <translation>sortörést tartalmaz.</translation>
    </message>
    <message>
        <source>it must contain {id}, e.g. &quot;items/{id}&quot;.</source>
        <translation>tartalmaznia kell az {id} helyőrzőt, például: „items/{id}”.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a path relative to the endpoint URL, without a leading /, a query or a fragment.</source>
        <translation>„%1”: a végpont URL-jéhez képest relatív útvonalnak kell lennie, kezdő / jel, lekérdezési rész és fragmentum nélkül.</translation>
    </message>
    <message>
        <source>it is missing; with paging style %1 the list response is an object, so name its array.</source>
        <translation>hiányzik; a(z) %1 lapozási módnál a listaválasz objektum, ezért adja meg a benne lévő tömb nevét.</translation>
    </message>
    <message>
        <source>no parameter uses {since}, e.g. {&quot;modified_since&quot;: &quot;{since}&quot;}.</source>
        <translation>egyik paraméter sem használja a {since} helyőrzőt, például: {&quot;modified_since&quot;: &quot;{since}&quot;}.</translation>
    </message>
    <message>
        <source>no parameter uses {value}, e.g. {&quot;sku&quot;: &quot;{value}&quot;}.</source>
        <translation>egyik paraméter sem használja a {value} helyőrzőt, például: {&quot;sku&quot;: &quot;{value}&quot;}.</translation>
    </message>
    <message>
        <source>give its &quot;field&quot; in the record or its response &quot;header&quot;.</source>
        <translation>adja meg a rekord mezőjét („field”) vagy a válasz fejlécét („header”).</translation>
    </message>
    <message>
        <source>it is %1; give an array of strings.</source>
        <translation>a megadott érték: %1; adjon meg karakterláncokból álló tömböt.</translation>
    </message>
    <message>
        <source>it holds %1; give strings.</source>
        <translation>a tömbben ez is szerepel: %1; csak karakterláncokat adjon meg.</translation>
    </message>
    <message>
        <source>it is missing; give the key of the ERP&apos;s own id.</source>
        <translation>hiányzik; adja meg az ERP saját azonosítójának kulcsát.</translation>
    </message>
    <message>
        <source>it is missing; give the key of the part number, or {&quot;field&quot;: &quot;comment&quot;, &quot;marker&quot;: &quot;PN:&quot;} to keep it as a line in a text field.</source>
        <translation>hiányzik; adja meg a cikkszám kulcsát, vagy ha a cikkszám egy szöveges mező egyik sorában szerepel, ezt: {&quot;field&quot;: &quot;comment&quot;, &quot;marker&quot;: &quot;PN:&quot;}.</translation>
    </message>
    <message>
        <source>it is missing; give the key of the part&apos;s name.</source>
        <translation>hiányzik; adja meg az alkatrész megnevezésének kulcsát.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 code such as HUF or EUR.</source>
        <translation>„%1” nem ISO 4217 szerinti pénznemkód (például HUF vagy EUR).</translation>
    </message>
    <message>
        <source>a price needs its currency: give the key of the currency, or {&quot;fixed&quot;: &quot;HUF&quot;}.</source>
        <translation>az árhoz pénznem is szükséges: adja meg a pénznem kulcsát, vagy ezt: {&quot;fixed&quot;: &quot;HUF&quot;}.</translation>
    </message>
    <message>
        <source>it is the same key as changes.field.</source>
        <translation>ugyanaz a kulcs, mint a changes.field.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP error status from 300 to 599.</source>
        <translation>„%1” nem 300 és 599 közötti HTTP-hibakód.</translation>
    </message>
    <message>
        <source>give one of network, timeout, rate_limited, server, authentication, validation, conflict, not_found, not_supported, configuration.</source>
        <translation>adja meg a következők egyikét: network, timeout, rate_limited, server, authentication, validation, conflict, not_found, not_supported, configuration.</translation>
    </message>
    <message>
        <source>The integration setting %1 is missing or empty; %2 needs it.</source>
        <translation>A(z) %1 integrációs beállítás hiányzik vagy üres; szükség van rá ehhez: %2.</translation>
    </message>
    <message>
        <source>the profile</source>
        <translation>a profil</translation>
    </message>
    <message>
        <source>The integration setting %1 must not contain { or }.</source>
        <translation>A(z) %1 integrációs beállítás nem tartalmazhat { vagy } karaktert.</translation>
    </message>
    <message>
        <source>the currency of %1&apos;s prices</source>
        <translation>a(z) %1 árainak pénzneme</translation>
    </message>
    <message>
        <source>The integration setting %1 is &quot;%2&quot;, which is not an ISO 4217 code such as HUF or EUR.</source>
        <translation>A(z) %1 integrációs beállítás értéke „%2”, ami nem ISO 4217 szerinti pénznemkód (például HUF vagy EUR).</translation>
    </message>
    <message>
        <source>%1 record %2</source>
        <translation>%1-rekord (%2)</translation>
    </message>
    <message>
        <source>%1 record %2 (%3)</source>
        <translation>%1-rekord (%2, cikkszám: %3)</translation>
    </message>
    <message>
        <source>%1: the price field %2 is %3, not a number.</source>
        <translation>%1: a(z) %2 ármező nem számot tartalmaz (%3).</translation>
    </message>
    <message>
        <source>%1: the price %2 = %3 has no valid currency (&quot;%4&quot; is not an ISO 4217 code).</source>
        <translation>%1: a(z) %2 ármező értékéhez (%3) nincs érvényes pénznem („%4” nem ISO 4217 szerinti kód).</translation>
    </message>
    <message>
        <source>%1: the price field %2 = %3 %4 cannot be stored exactly: %5</source>
        <translation>%1: a(z) %2 ármező értéke (%3 %4) nem tárolható pontosan: %5</translation>
    </message>
    <message>
        <source>The part number contains a line break.</source>
        <translation>A cikkszám sortörést tartalmaz.</translation>
    </message>
    <message>
        <source>The part&apos;s currency &quot;%1&quot; is not an ISO 4217 code such as HUF or EUR; %2 needs it for %3.</source>
        <translation>Az alkatrész pénzneme („%1”) nem ISO 4217 szerinti pénznemkód (például HUF vagy EUR); a(z) %2 rendszernek szüksége van rá a(z) %3 mezőhöz.</translation>
    </message>
    <message>
        <source>The part&apos;s price is in %1, but %2 holds every price (%3) in %4; convert it first.</source>
        <translation>Az alkatrész ára %1 pénznemben van megadva, de a(z) %2 minden árat (%3) %4 pénznemben tárol; előbb váltsa át.</translation>
    </message>
    <message>
        <source>The price %1 (minor units) is too large for %2.</source>
        <translation>A(z) %1 ár (váltóegységben) túl nagy a(z) %2 mezőhöz.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal number such as 12999.50.</source>
        <translation>„%1” nem tizedes tört alakú szám (például 12999.50).</translation>
    </message>
    <message>
        <source>it has %1 decimals; the currency has none.</source>
        <translation>%1 tizedesjegyet tartalmaz, de a pénznem nem használ tizedesjegyeket.</translation>
    </message>
    <message>
        <source>it has %1 decimals; the currency has %2.</source>
        <translation>%1 tizedesjegyet tartalmaz, de a pénznem csak %2 tizedesjegyet használ.</translation>
    </message>
    <message>
        <source>it is too large to be kept exactly.</source>
        <translation>túl nagy ahhoz, hogy pontosan tárolható legyen.</translation>
    </message>
</context>
<context>
    <name>SectionInfo</name>
    <message>
        <source>Dashboard</source>
        <translation>Irányítópult</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrációk</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Előfizetések</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Kézbesítések</translation>
    </message>
    <message>
        <source>ERP Sync</source>
        <translation>ERP szinkronizálás</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Alkatrészek</translation>
    </message>
    <message>
        <source>An overview of the health of every integration, recent deliveries and synchronisations.</source>
        <translation>Áttekintés az integrációk állapotáról, a legutóbbi kézbesítésekről és szinkronizálásokról.</translation>
    </message>
    <message>
        <source>The ERP, webhook and API integrations: their settings, credentials and health.</source>
        <translation>Az ERP-, webhook- és API-integrációk: beállításaik, hitelesítő adataik és állapotuk.</translation>
    </message>
    <message>
        <source>Webhook subscriptions: which events go to which endpoint, signed with which secret.</source>
        <translation>Webhook-előfizetések: mely események mely végpontra mennek, és melyik titkos kulccsal vannak aláírva.</translation>
    </message>
    <message>
        <source>The delivery log of webhook events, with every attempt, its response and manual retries.</source>
        <translation>A webhook-események kézbesítési naplója minden kísérlettel, a válaszokkal és a kézi újraküldésekkel.</translation>
    </message>
    <message>
        <source>Synchronisation runs with the ERP systems, their entries, conflicts and part bindings.</source>
        <translation>Szinkronizálások az ERP-rendszerekkel: bejegyzéseik, ütközéseik és az alkatrész-hozzárendelések.</translation>
    </message>
    <message>
        <source>The spare parts catalogue that is exchanged with the ERP systems.</source>
        <translation>Az ERP-rendszerekkel megosztott alkatrészkatalógus.</translation>
    </message>
    <message>
        <source>Webhook subscriptions</source>
        <translation>Webhook-előfizetések</translation>
    </message>
    <message>
        <source>Webhook deliveries</source>
        <translation>Webhook-kézbesítések</translation>
    </message>
    <message>
        <source>Delivery attempts</source>
        <translation>Kézbesítési kísérletek</translation>
    </message>
    <message>
        <source>Webhook events</source>
        <translation>Webhook-események</translation>
    </message>
    <message>
        <source>ERP synchronisation runs</source>
        <translation>ERP-szinkronizálások</translation>
    </message>
    <message>
        <source>ERP synchronisation log entries</source>
        <translation>ERP-szinkronizálási naplóbejegyzések</translation>
    </message>
    <message>
        <source>Part bindings to ERP items</source>
        <translation>Alkatrészek hozzárendelése ERP-tételekhez</translation>
    </message>
    <message>
        <source>Spare parts</source>
        <translation>Pótalkatrészek</translation>
    </message>
    <message>
        <source>ERP synchronisation cursors</source>
        <translation>ERP-szinkronizálási kurzorok</translation>
    </message>
    <message>
        <source>Schema history</source>
        <translation>Sématörténet</translation>
    </message>
    <message>
        <source>Application metadata</source>
        <translation>Alkalmazás-metaadatok</translation>
    </message>
    <message>
        <source>ERP sync conflicts waiting for a decision</source>
        <translation>Döntésre váró ERP-szinkronizálási ütközések</translation>
    </message>
    <message>
        <source>ERP synchronisations running now</source>
        <translation>Éppen futó ERP-szinkronizálások</translation>
    </message>
    <message>
        <source>Trigger event</source>
        <translation>Esemény küldése</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Beállítások</translation>
    </message>
    <message>
        <source>Raise an event by hand, for example to test a new endpoint, and see beforehand who receives it.</source>
        <translation>Esemény kézi kiváltása, például egy új végpont kipróbálásához; előre látható, ki kapja meg.</translation>
    </message>
    <message>
        <source>The database, the language, and the defaults for new subscriptions.</source>
        <translation>Az adatbázis, a nyelv és az új előfizetések alapértékei.</translation>
    </message>
    <message>
        <source>REST API tokens (hashes only)</source>
        <translation>REST API-tokenek (csak a hash-ük)</translation>
    </message>
</context>
<context>
    <name>SqlQuery</name>
    <message>
        <source>prepare</source>
        <translation>előkészíteni</translation>
    </message>
    <message>
        <source>run</source>
        <translation>futtatni</translation>
    </message>
    <message>
        <source>Database error: could not %1 &quot;%2&quot;: %3</source>
        <translation>Adatbázishiba: nem sikerült %1 ezt: „%2”: %3</translation>
    </message>
    <message>
        <source>The connection to the database server was lost (%1). This step did not complete; the connection is opened again at the next try.</source>
        <translation>Megszakadt a kapcsolat az adatbázis-kiszolgálóval (%1). Ez a lépés nem fejeződött be; a következő próbálkozáskor a kapcsolat újra létrejön.</translation>
    </message>
    <message>
        <source>The database is full: the disk has no free space left or the database reached its size limit (%1). Nothing of this change was saved; free some space and try again.</source>
        <translation>Az adatbázis megtelt: a lemezen nincs több szabad hely, vagy az adatbázis elérte a méretkorlátját (%1). Ebből a módosításból semmi sem lett mentve; szabadítson fel helyet, és próbálja újra.</translation>
    </message>
    <message>
        <source>The database is locked by another program (%1). Nothing of this change was saved; close the program that keeps the database busy, or wait for it, and try again.</source>
        <translation>Az adatbázist egy másik program zárolja (%1). Ebből a módosításból semmi sem lett mentve; zárja be az adatbázist lefoglaló programot, vagy várja meg, amíg végez, és próbálja újra.</translation>
    </message>
    <message>
        <source>A database error stopped it; the server&apos;s log has the details.</source>
        <translation>Adatbázishiba állította le; a részleteket a kiszolgáló naplója tartalmazza.</translation>
    </message>
    <message>
        <source>bind</source>
        <translation>kötni</translation>
    </message>
    <message>
        <source>This build runs no statement through SQLite&apos;s C API (GARAGEREG_SQLITE_DIRECT is off); run it through SqlQuery where SqliteStatement::handleOf() is null: %1</source>
        <translation>Ez a build egyetlen utasítást sem futtat az SQLite C API-ján keresztül (a GARAGEREG_SQLITE_DIRECT ki van kapcsolva); futtassa SqlQueryn keresztül, ahol a SqliteStatement::handleOf() null: %1</translation>
    </message>
</context>
<context>
    <name>SubscriptionService</name>
    <message>
        <source>The subscription was not saved: %1</source>
        <translation>Az előfizetés nem lett mentve: %1</translation>
    </message>
    <message>
        <source>There is no subscription with id %1.</source>
        <translation>Nincs %1 azonosítójú előfizetés.</translation>
    </message>
    <message>
        <source>The secret was not rotated: %1</source>
        <translation>A titkos kulcs cseréje nem sikerült: %1</translation>
    </message>
    <message>
        <source>The subscription was deleted, but its secret could not be removed from the keychain: %1</source>
        <translation>Az előfizetés törölve, de a titkos kulcsát nem sikerült eltávolítani a kulcstartóból: %1</translation>
    </message>
</context>
<context>
    <name>SyncDirection</name>
    <message>
        <source>From the ERP</source>
        <translation>Az ERP-ből</translation>
    </message>
    <message>
        <source>To the ERP</source>
        <translation>Az ERP-be</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>Mindkét irányban</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Running</source>
        <translation>Fut</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Sikeres</translation>
    </message>
    <message>
        <source>Partly succeeded</source>
        <translation>Részben sikeres</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Sikertelen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Megszakítva</translation>
    </message>
</context>
<context>
    <name>TeamKeyService</name>
    <message>
        <source>This database already has a team key (id %1). On a new machine, import it with &quot;team-key import&quot;; to replace it, use &quot;team-key rotate&quot;.</source>
        <translation>Ennek az adatbázisnak már van csapatkulcsa (azonosító: %1). Új gépen importálja a „team-key import” paranccsal; lecseréléséhez használja a „team-key rotate” parancsot.</translation>
    </message>
    <message>
        <source>These secrets are not in this machine&apos;s keychain, so they cannot be moved into the database: %1. Run &quot;team-key create&quot; on the machine that set them up, or set them again (subscription rotate-secret, erp set-credential) and try again.</source>
        <translation>Ezek a titkok nincsenek meg ennek a gépnek a kulcstartójában, ezért nem helyezhetők át az adatbázisba: %1. Futtassa a „team-key create” parancsot azon a gépen, amelyen beállították őket, vagy állítsa be őket újra (subscription rotate-secret, erp set-credential), és próbálja újra.</translation>
    </message>
    <message>
        <source>The team key was not stored: %1</source>
        <translation>A csapatkulcs nem lett eltárolva: %1</translation>
    </message>
    <message>
        <source>The database was not switched to a team key: %1</source>
        <translation>Az adatbázis nem tért át csapatkulcsra: %1</translation>
    </message>
    <message>
        <source>This database has no team key: its secrets are in each machine&apos;s keychain. Create one with &quot;team-key create&quot;.</source>
        <translation>Ennek az adatbázisnak nincs csapatkulcsa: a titkai az egyes gépek kulcstartójában vannak. Hozzon létre egyet a „team-key create” paranccsal.</translation>
    </message>
    <message>
        <source>This is not a GarageReg team key; it starts with &quot;%1&quot; and comes from &quot;team-key export&quot;.</source>
        <translation>Ez nem GarageReg-csapatkulcs; az „%1” előtaggal kezdődik, és a „team-key export” parancs adja ki.</translation>
    </message>
    <message>
        <source>This team key belongs to another database (%1), not to this one (%2).</source>
        <translation>Ez a csapatkulcs egy másik adatbázishoz (%1) tartozik, nem ehhez (%2).</translation>
    </message>
    <message>
        <source>This database has no team key yet: create one with &quot;team-key create&quot; first.</source>
        <translation>Ennek az adatbázisnak még nincs csapatkulcsa: előbb hozzon létre egyet a „team-key create” paranccsal.</translation>
    </message>
    <message>
        <source>This is not the team key the database uses now (id %1, this key&apos;s id is %2): it was rotated since. Export the key again on a machine that has the current one.</source>
        <translation>Nem ezt a csapatkulcsot használja most az adatbázis (azonosítója %1, ennek a kulcsnak %2): azóta lecserélték. Exportálja újra a kulcsot egy olyan gépen, amelyen a jelenlegi megvan.</translation>
    </message>
    <message>
        <source>This database has no team key to rotate. Create one with &quot;team-key create&quot;.</source>
        <translation>Ennek az adatbázisnak nincs lecserélhető csapatkulcsa. Hozzon létre egyet a „team-key create” paranccsal.</translation>
    </message>
    <message>
        <source>The new team key was not stored: %1</source>
        <translation>Az új csapatkulcs nem lett eltárolva: %1</translation>
    </message>
    <message>
        <source>The team key was changed by another machine meanwhile; nothing was rotated.</source>
        <translation>Közben egy másik gép megváltoztatta a csapatkulcsot; semmi sem lett lecserélve.</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; is encrypted with a team key (id %2) that is no longer in use; set it again, then rotate.</source>
        <translation>A(z) „%1” titok egy már nem használt csapatkulccsal (azonosító: %2) van titkosítva; állítsa be újra, majd cserélje le a kulcsot.</translation>
    </message>
    <message>
        <source>The encrypted secret &quot;%1&quot; failed its integrity check: it was altered in the database. Set it again, then rotate.</source>
        <translation>A(z) „%1” titkosított titok nem ment át a sértetlenségi ellenőrzésen: megváltoztatták az adatbázisban. Állítsa be újra, majd cserélje le a kulcsot.</translation>
    </message>
    <message>
        <source>The team key was not rotated: %1</source>
        <translation>A csapatkulcs nem lett lecserélve: %1</translation>
    </message>
</context>
<context>
    <name>TeamSecretStore</name>
    <message>
        <source>This database&apos;s secrets are encrypted with a team key (id %1) that this machine does not have: run &quot;garagereg-integrations-cli team-key export&quot; on a machine that has it and pipe the output into &quot;garagereg-integrations-cli team-key import&quot; on this one.</source>
        <translation>Ennek az adatbázisnak a titkai egy olyan csapatkulccsal (azonosító: %1) vannak titkosítva, amely ezen a gépen nincs meg: futtassa a „garagereg-integrations-cli team-key export” parancsot egy olyan gépen, amelyen megvan, és a kimenetét vezesse ezen a gépen a „garagereg-integrations-cli team-key import” parancsba.</translation>
    </message>
    <message>
        <source>The team key in this machine&apos;s keychain does not match its id %1; import it again.</source>
        <translation>A gép kulcstartójában lévő csapatkulcs nem egyezik a(z) %1 azonosítóval; importálja újra.</translation>
    </message>
    <message>
        <source>The encrypted secret &quot;%1&quot; failed its integrity check: it was altered in the database, or copied from another row or database. Set it again.</source>
        <translation>A(z) „%1” titkosított titok nem ment át a sértetlenségi ellenőrzésen: megváltoztatták az adatbázisban, vagy egy másik sorból vagy adatbázisból másolták át. Állítsa be újra.</translation>
    </message>
    <message>
        <source>The team key changed while &quot;%1&quot; was being stored; try again.</source>
        <translation>A csapatkulcs megváltozott, miközben a(z) „%1” tárolása folyt; próbálja újra.</translation>
    </message>
    <message>
        <source>The database has no encrypted secret &quot;%1&quot;. If it was set on a machine while the database was switched to a team key, it stayed in that machine&apos;s keychain: set it again (subscription rotate-secret, erp set-credential).</source>
        <translation>Az adatbázisban nincs „%1” nevű titkosított titok. Ha egy gépen éppen akkor állították be, amikor az adatbázis csapatkulcsra tért át, az annak a gépnek a kulcstartójában maradt: állítsa be újra (subscription rotate-secret, erp set-credential).</translation>
    </message>
</context>
<context>
    <name>UnsupportedErpAdapter</name>
    <message>
        <source>%1 is not supported yet: GarageReg Integrations cannot connect to it in this version. Use the rest-json provider with a profile for its REST API, or ask for the %1 adapter.</source>
        <translation>A(z) %1 még nem támogatott: a GarageReg Integrations ezen verziója nem tud kapcsolódni hozzá. Használja a rest-json szolgáltatót a REST API-jához illő profillal, vagy kérje a(z) %1-illesztő elkészítését.</translation>
    </message>
</context>
<context>
    <name>WebhookSignature</name>
    <message>
        <source>The secret is not a Standard Webhooks secret (whsec_ followed by base64 of 24 to 64 bytes).</source>
        <translation>A titkos kulcs nem Standard Webhooks formátumú (a whsec_ előtagot 24–64 bájt base64 kódolású alakjának kell követnie).</translation>
    </message>
    <message>
        <source>The secret is empty.</source>
        <translation>A titkos kulcs üres.</translation>
    </message>
    <message>
        <source>A Standard Webhooks secret must be whsec_ followed by base64 of 24 to 64 random bytes.</source>
        <translation>A Standard Webhooks titkos kulcsnak a whsec_ előtagból és 24–64 véletlen bájt base64 kódolású alakjából kell állnia.</translation>
    </message>
    <message>
        <source>The secret must be at least 16 characters long.</source>
        <translation>A titkos kulcsnak legalább 16 karakter hosszúnak kell lennie.</translation>
    </message>
    <message>
        <source>the signature does not match the body</source>
        <translation>az aláírás nem felel meg az üzenet törzsének</translation>
    </message>
    <message>
        <source>Standard Webhooks signatures need the webhook-id and webhook-timestamp</source>
        <translation>a Standard Webhooks-aláíráshoz szükséges a webhook-id és a webhook-timestamp fejléc</translation>
    </message>
    <message>
        <source>the secret is not a Standard Webhooks secret</source>
        <translation>a titkos kulcs nem Standard Webhooks formátumú</translation>
    </message>
    <message>
        <source>no v1 signature matches the body</source>
        <translation>egyik v1 aláírás sem felel meg az üzenet törzsének</translation>
    </message>
    <message>
        <source>the timestamp %1 is not a time near now</source>
        <translation>a(z) %1 időbélyeg nem a jelenhez közeli időpont</translation>
    </message>
    <message>
        <source>the timestamp is %1 seconds old, outside the tolerance of %2 seconds</source>
        <translation>az időbélyeg %1 másodperces, kívül esik a %2 másodperces tűréshatáron</translation>
    </message>
    <message>
        <source>the timestamp is %1 seconds in the future, outside the tolerance of %2 seconds</source>
        <translation>az időbélyeg %1 másodperccel a jövőben van, kívül esik a %2 másodperces tűréshatáron</translation>
    </message>
</context>
<context>
    <name>WebhookSubscriptionRepository</name>
    <message>
        <source>The subscription</source>
        <translation>Az előfizetés</translation>
    </message>
    <message>
        <source>There is no integration with id %1 for this subscription.</source>
        <translation>Nincs %1 azonosítójú integráció ehhez az előfizetéshez.</translation>
    </message>
    <message>
        <source>There is no subscription with id %1.</source>
        <translation>Nincs %1 azonosítójú előfizetés.</translation>
    </message>
    <message>
        <source>The endpoint URL is refused: %1.</source>
        <translation>A végpont URL-je elutasítva: %1.</translation>
    </message>
</context>
<context>
    <name>WebhookSubscriptionValidator</name>
    <message>
        <source>The name is empty.</source>
        <translation>Nincs megadva a név.</translation>
    </message>
    <message>
        <source>The endpoint URL &quot;%1&quot; is not an http or https URL.</source>
        <translation>A végpont URL-je („%1”) nem http vagy https URL.</translation>
    </message>
    <message>
        <source>The signature header name &quot;%1&quot; is not a valid HTTP header name.</source>
        <translation>Az aláírás fejlécének neve („%1”) nem érvényes HTTP-fejlécnév.</translation>
    </message>
    <message>
        <source>The number of retries must be between 0 and 100.</source>
        <translation>Az újrapróbálkozások száma 0 és 100 között lehet.</translation>
    </message>
    <message>
        <source>Retries need at least one retry delay.</source>
        <translation>Az újrapróbálkozásokhoz legalább egy késleltetést meg kell adni.</translation>
    </message>
    <message>
        <source>Each retry delay must be between 1 second and 7 days (got %1).</source>
        <translation>Minden újrapróbálkozási késleltetésnek 1 másodperc és 7 nap között kell lennie (megadott érték: %1).</translation>
    </message>
    <message>
        <source>The timeout must be between 1 and 300 seconds.</source>
        <translation>Az időkorlátnak 1 és 300 másodperc között kell lennie.</translation>
    </message>
    <message>
        <source>Subscribe to at least one event type.</source>
        <translation>Iratkozzon fel legalább egy eseménytípusra.</translation>
    </message>
    <message>
        <source>Unknown event type(s): %1.</source>
        <translation>Ismeretlen eseménytípus(ok): %1.</translation>
    </message>
    <message>
        <source>The endpoint URL &quot;%1&quot; contains a user name or password, which would be stored and shown with it in the delivery log. Remove it: receivers check the signature instead.</source>
        <translation>A(z) „%1” végpont-URL felhasználónevet vagy jelszót tartalmaz, amelyet az URL-lel együtt tárolnánk és a kézbesítési naplóban megjelenítenénk. Vegye ki belőle: a fogadók helyette az aláírást ellenőrzik.</translation>
    </message>
</context>
<context>
    <name>WorkerLock</name>
    <message>
        <source>Another worker (process %1 on %2) is already delivering from %3. A second worker on one SQLite file is refused; use a PostgreSQL database to share the work between workers.</source>
        <translation>Egy másik feldolgozó (a(z) %2 gépen futó %1 azonosítójú folyamat) már kézbesít a(z) %3 adatbázisból. Egy SQLite-fájlhoz nem indítható második feldolgozó; ha több feldolgozó között szeretné megosztani a munkát, használjon PostgreSQL-adatbázist.</translation>
    </message>
</context>
<context>
    <name>garagereg::AboutDialog</name>
    <message>
        <source>About GarageReg Integrations</source>
        <translation>A GarageReg Integrations névjegye</translation>
    </message>
    <message>
        <source>GarageReg Integrations</source>
        <translation>GarageReg Integrations</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Verzió: %1</translation>
    </message>
    <message>
        <source>Webhook subscriptions and ERP adapters for GarageReg, the registry of gates and garage doors.</source>
        <translation>Webhook-előfizetések és ERP-illesztők a GarageReghez, a kapuk és garázskapuk nyilvántartásához.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Qt %1 verzióval készült, Qt %2 verzión fut.</translation>
    </message>
</context>
<context>
    <name>garagereg::ApiHttpServer</name>
    <message>
        <source>Could not listen on %1 port %2 (in use, or not an address of this machine).</source>
        <translation>Nem sikerült figyelni a(z) %1 cím %2. portján (foglalt, vagy nem ennek a gépnek a címe).</translation>
    </message>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation>A kérés törzse nagyobb %1 bájtnál.</translation>
    </message>
    <message>
        <source>The server is stopping.</source>
        <translation>A kiszolgáló leáll.</translation>
    </message>
    <message>
        <source>Too many requests at once; try again shortly.</source>
        <translation>Egyszerre túl sok a kérés; próbálja újra hamarosan.</translation>
    </message>
    <message>
        <source>The request could not be handled.</source>
        <translation>A kérést nem sikerült feldolgozni.</translation>
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
        <translation>MMM d.</translation>
    </message>
    <message>
        <source>%1: no delivery attempts</source>
        <translation>%1: nem volt kézbesítési kísérlet</translation>
    </message>
    <message>
        <source>%1: %2 succeeded (%3 of %4 attempts)</source>
        <translation>%1: %2 sikeres (%4 kísérletből %3)</translation>
    </message>
    <message>
        <source>%1 of %2 attempts succeeded from %3 to %4 (%5)</source>
        <translation>%3 és %4 között %2 kísérletből %1 sikerült (%5)</translation>
    </message>
</context>
<context>
    <name>garagereg::DashboardPage</name>
    <message>
        <source>Every table of the database</source>
        <translation>Az adatbázis összes táblája</translation>
    </message>
    <message>
        <source>The delivery statistics could not be read: %1</source>
        <translation>A kézbesítési statisztikát nem sikerült beolvasni: %1</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Várakozik</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Újrapróbálás</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Kézbesítve</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Sikertelen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Lejárt</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Időtúllépés</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Sikertelen kapcsolódás</translation>
    </message>
    <message>
        <source>Host not found (DNS)</source>
        <translation>A gép nem található (DNS)</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS-hiba</translation>
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
        <translation>Még nincs kézbesítés</translation>
    </message>
    <message numerus="yes">
        <source>No failed attempts in the last %n day(s).</source>
        <translation>
            <numerusform>Az elmúlt %n napban nem volt sikertelen kísérlet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No delivery attempts in the last %n day(s).</source>
        <translation>
            <numerusform>Az elmúlt %n napban nem volt kézbesítési kísérlet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Integration health</source>
        <translation>Integrációk állapota</translation>
    </message>
    <message>
        <source>No integrations yet. Add one on the Integrations page.</source>
        <translation>Még nincs integráció. Vegyen fel egyet az Integrációk oldalon.</translation>
    </message>
    <message>
        <source>Deliveries by status</source>
        <translation>Kézbesítések állapot szerint</translation>
    </message>
    <message numerus="yes">
        <source>Failures by HTTP status or error, last %n day(s)</source>
        <translation>
            <numerusform>Hibák HTTP-állapot vagy hibafajta szerint, az elmúlt %n nap</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Successful attempts per day, last %n day(s)</source>
        <translation>
            <numerusform>Sikeres kísérletek naponta, az elmúlt %n nap</numerusform>
        </translation>
    </message>
    <message>
        <source>The share of delivery attempts that succeeded, per day in UTC; the faint bars show how many attempts there were.</source>
        <translation>A sikeres kézbesítési kísérletek aránya naponta (UTC); a halvány oszlopok a kísérletek számát mutatják.</translation>
    </message>
    <message>
        <source>Refused by the outbound policy</source>
        <translation>A kimenő szabályzat elutasította</translation>
    </message>
</context>
<context>
    <name>garagereg::DeliveriesPage</name>
    <message>
        <source>Could not read the delivery log: %1</source>
        <translation>A kézbesítési napló nem olvasható: %1</translation>
    </message>
    <message>
        <source>Showing %1 of %2 deliveries</source>
        <translation>%2 kézbesítésből %1 látható</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Állapot:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Mind</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Várakozik</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Újrapróbálás</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Kézbesítve</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Sikertelen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Lejárt</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Esemény:</translation>
    </message>
    <message>
        <source>Subscription:</source>
        <translation>Előfizetés:</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Azonosító</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Ettől:</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>bármikor</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Eddig:</translation>
    </message>
    <message>
        <source>Search a request ID…</source>
        <translation>Kérésazonosító keresése…</translation>
    </message>
</context>
<context>
    <name>garagereg::DeliveryDetailDialog</name>
    <message>
        <source>Could not read the delivery: %1</source>
        <translation>A kézbesítés nem olvasható: %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>nincs válasz</translation>
    </message>
    <message>
        <source>success</source>
        <translation>sikeres</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>kézi</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>ütemezett</translation>
    </message>
    <message>
        <source>There is no attempt to check.</source>
        <translation>Nincs ellenőrizhető kísérlet.</translation>
    </message>
    <message>
        <source>The attempt carries no signature.</source>
        <translation>A kísérlet nem tartalmaz aláírást.</translation>
    </message>
    <message>
        <source>The delivery no longer exists.</source>
        <translation>A kézbesítés már nem létezik.</translation>
    </message>
    <message>
        <source>Could not resend: %1</source>
        <translation>Az újraküldés nem sikerült: %1</translation>
    </message>
    <message>
        <source>A new attempt is queued.</source>
        <translation>Új kísérlet került a sorba.</translation>
    </message>
    <message>
        <source>The curl command is on the clipboard. It holds the signature, not the secret.</source>
        <translation>A curl parancs a vágólapra került. Az aláírást tartalmazza, a titkos kulcsot nem.</translation>
    </message>
    <message>
        <source>Verify the signature</source>
        <translation>Aláírás ellenőrzése</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Ellenőrzés</translation>
    </message>
    <message>
        <source>Paste the subscription&apos;s secret. It is not stored.</source>
        <translation>Illessze be az előfizetés titkos kulcsát. Nem kerül tárolásra.</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Titkos kulcs:</translation>
    </message>
    <message>
        <source>Valid: the signature matches this secret.</source>
        <translation>Érvényes: az aláírás megfelel ennek a kulcsnak.</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Érvénytelen: %1</translation>
    </message>
    <message>
        <source>Delivery %1</source>
        <translation>%1 kézbesítés</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Kísérletek</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Kezdete</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Időtartam</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-állapot</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Eredmény</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Indító</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Kérés fejlécei</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Kérés törzse</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Válasz fejlécei</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Válasz törzse</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Hiba</translation>
    </message>
    <message>
        <source>The response body is truncated: only its first 64 KiB were logged.</source>
        <translation>A válasz törzse csonkolt: csak az első 64 KiB került a naplóba.</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>Ú&amp;jraküldés</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Másolás &amp;curl parancsként</translation>
    </message>
    <message>
        <source>&amp;Verify a signature…</source>
        <translation>Aláírás &amp;ellenőrzése…</translation>
    </message>
    <message>
        <source>No delivery has the request ID %1.</source>
        <translation>Nincs %1 kérésazonosítójú kézbesítés.</translation>
    </message>
    <message numerus="yes">
        <source>Request ID %1 · event %2 (%3) · %4 · status %5 · %n attempt(s)</source>
        <translation>
            <numerusform>Kérésazonosító: %1 · esemény: %2 (%3) · %4 · állapot: %5 · %n kísérlet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>garagereg::DeliveryEngine</name>
    <message>
        <source>The subscription was deleted.</source>
        <translation>Az előfizetést törölték.</translation>
    </message>
    <message>
        <source>The subscription is inactive.</source>
        <translation>Az előfizetés inaktív.</translation>
    </message>
    <message>
        <source>The subscription is inactive: %1</source>
        <translation>Az előfizetés inaktív: %1</translation>
    </message>
    <message>
        <source>Older than the maximum age of %1 hours.</source>
        <translation>Régebbi, mint a megengedett legnagyobb kor (%1 óra).</translation>
    </message>
    <message>
        <source>Delivery %1 waits for its secret: %2</source>
        <translation>A(z) %1 kézbesítés a titkos kulcsára vár: %2</translation>
    </message>
    <message>
        <source>the subscription has no secret</source>
        <translation>az előfizetéshez nincs titkos kulcs</translation>
    </message>
    <message>
        <source>Delivery %1 could not be prepared: %2</source>
        <translation>A(z) %1 kézbesítést nem sikerült előkészíteni: %2</translation>
    </message>
    <message>
        <source>The endpoint answered 410 Gone on %1.</source>
        <translation>A végpont 410 Gone választ adott ekkor: %1.</translation>
    </message>
    <message>
        <source>The attempt of %1 could not be recorded: %2</source>
        <translation>A(z) %1 kézbesítés kísérletét nem sikerült rögzíteni: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n finished attempt(s) could not be recorded: %1</source>
        <translation>
            <numerusform>%n befejezett kísérletet nem sikerült rögzíteni: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deliveries are paused: %1 Trying again every %n second(s).</source>
        <translation>
            <numerusform>A kézbesítések szünetelnek: %1 Újrapróbálkozás %n másodpercenként.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>garagereg::DeliveryLogModel</name>
    <message>
        <source>Created</source>
        <translation>Létrehozva</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Kérésazonosító</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Eseménytípus</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Előfizetés</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Kísérletek</translation>
    </message>
    <message>
        <source>Last HTTP status</source>
        <translation>Utolsó HTTP-állapot</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Következő próbálkozás</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Utolsó hiba</translation>
    </message>
</context>
<context>
    <name>garagereg::ErpSyncEngine</name>
    <message>
        <source>Take &quot;erp&quot; or &quot;local&quot;, not &quot;%1&quot;.</source>
        <translation>Az „erp” vagy a „local” értéket adja meg, ne ezt: „%1”.</translation>
    </message>
    <message>
        <source>There is no open conflict with id %1.</source>
        <translation>Nincs %1 azonosítójú nyitott ütközés.</translation>
    </message>
    <message>
        <source>The part %1 no longer exists here.</source>
        <translation>A(z) %1 alkatrész helyben már nem létezik.</translation>
    </message>
    <message>
        <source>There is no integration with id %1.</source>
        <translation>Nincs %1 azonosítójú integráció.</translation>
    </message>
    <message>
        <source>Integration %1 is not an ERP integration.</source>
        <translation>A(z) %1 azonosítójú integráció nem ERP-integráció.</translation>
    </message>
    <message>
        <source>The ERP credential could not be read: %1</source>
        <translation>Nem sikerült beolvasni az ERP hitelesítő adatát: %1</translation>
    </message>
    <message>
        <source>Integration %1 is inactive; activate it before syncing.</source>
        <translation>A(z) %1 azonosítójú integráció inaktív; a szinkronizálás előtt kapcsolja be.</translation>
    </message>
    <message>
        <source>Another sync of this integration is running (sync log %1); try again when it has finished.</source>
        <translation>Ennek az integrációnak már fut egy másik szinkronizálása (szinkronizálási napló: %1); próbálja újra, ha az befejeződött.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ismeretlen</translation>
    </message>
    <message>
        <source>The ERP has no part with this number.</source>
        <translation>Az ERP-ben nincs ilyen cikkszámú alkatrész.</translation>
    </message>
    <message>
        <source>Listing the ERP&apos;s parts failed: %1</source>
        <translation>Nem sikerült lekérni az ERP alkatrészlistáját: %1</translation>
    </message>
    <message>
        <source>Deleted in the ERP and unknown here.</source>
        <translation>Az ERP-ben törölték, helyben pedig ismeretlen.</translation>
    </message>
    <message>
        <source>Already in step; bound.</source>
        <translation>Már szinkronban volt; hozzárendelve.</translation>
    </message>
    <message>
        <source>Unchanged in the ERP.</source>
        <translation>Az ERP-ben nem változott.</translation>
    </message>
    <message>
        <source>Changed on both sides; the ERP&apos;s version was taken.</source>
        <translation>Mindkét oldalon megváltozott; az ERP változata került a katalógusba.</translation>
    </message>
    <message>
        <source>Changed on both sides; the local version is kept and will be sent to the ERP.</source>
        <translation>Mindkét oldalon megváltozott; a helyi változat megmarad, és az ERP-be kerül.</translation>
    </message>
    <message>
        <source>Changed on both sides; waiting for a person to choose.</source>
        <translation>Mindkét oldalon megváltozott; döntésre vár.</translation>
    </message>
    <message>
        <source>A conflict waits for a person to choose.</source>
        <translation>Egy ütközés döntésre vár.</translation>
    </message>
    <message>
        <source>Changed in the ERP since the last sync; waiting for a person to choose.</source>
        <translation>A legutóbbi szinkronizálás óta megváltozott az ERP-ben; döntésre vár.</translation>
    </message>
    <message>
        <source>Changed on both sides; the local version was sent.</source>
        <translation>Mindkét oldalon megváltozott; a helyi változat az ERP-be került.</translation>
    </message>
    <message>
        <source>The part %1 is twice in one page.</source>
        <translation>A(z) %1 alkatrész kétszer szerepel egy oldalon.</translation>
    </message>
</context>
<context>
    <name>garagereg::ErpSyncPage</name>
    <message numerus="yes">
        <source>Sync %1 running: %n record(s) processed…</source>
        <translation>
            <numerusform>A(z) %1. szinkronizálás fut: %n rekord feldolgozva…</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync history could not be read: %1</source>
        <translation>A szinkronizálási előzmények nem olvashatók: %1</translation>
    </message>
    <message>
        <source>Conflicts waiting for a decision: %1</source>
        <translation>Döntésre váró ütközések: %1</translation>
    </message>
    <message>
        <source>Sync started…</source>
        <translation>A szinkronizálás elindult…</translation>
    </message>
    <message>
        <source>The sync did not start: %1</source>
        <translation>A szinkronizálás nem indult el: %1</translation>
    </message>
    <message>
        <source>Sync %1: %2 — %3 processed, %4 succeeded, %5 failed, %6 skipped, %7 conflicts. %8</source>
        <translation>%1. szinkronizálás: %2 — %3 feldolgozva, %4 sikeres, %5 sikertelen, %6 kihagyva, %7 ütközés. %8</translation>
    </message>
    <message>
        <source>Cancelling after the current record…</source>
        <translation>Leállítás az aktuális rekord után…</translation>
    </message>
    <message>
        <source>Resolved: the ERP&apos;s version is in the catalogue.</source>
        <translation>Megoldva: az ERP változata került a katalógusba.</translation>
    </message>
    <message>
        <source>Resolved: the local version goes to the ERP with the next sync.</source>
        <translation>Megoldva: a helyi változat a következő szinkronizáláskor kerül az ERP-be.</translation>
    </message>
    <message>
        <source>Could not resolve the conflict: %1</source>
        <translation>Az ütközés nem oldható meg: %1</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>Mindkét irányban</translation>
    </message>
    <message>
        <source>From the ERP</source>
        <translation>Az ERP-ből</translation>
    </message>
    <message>
        <source>To the ERP</source>
        <translation>Az ERP-be</translation>
    </message>
    <message>
        <source>&amp;Run sync</source>
        <translation>&amp;Szinkronizálás</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <source>Take the ERP&apos;s version</source>
        <translation>Az ERP változata</translation>
    </message>
    <message>
        <source>Keep the local version</source>
        <translation>A helyi változat marad</translation>
    </message>
    <message>
        <source>Syncs are run by another process.</source>
        <translation>A szinkronizálást egy másik folyamat végzi.</translation>
    </message>
    <message>
        <source>%1: here %2, in the ERP %3</source>
        <translation>%1: itt %2, az ERP-ben %3</translation>
    </message>
    <message>
        <source>%1 — changed on both sides</source>
        <translation>%1 — mindkét oldalon változott</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Select a run to see what happened to each record.</source>
        <translation>Válasszon ki egy futást, és láthatja, mi történt az egyes rekordokkal.</translation>
    </message>
    <message>
        <source>The records of sync %1 could not be read: %2</source>
        <translation>A(z) %1. szinkronizálás rekordjait nem sikerült beolvasni: %2</translation>
    </message>
    <message numerus="yes">
        <source>Records of sync %1: %n</source>
        <translation>
            <numerusform>A(z) %1. szinkronizálás rekordjai: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>from the ERP</source>
        <translation>az ERP-ből</translation>
    </message>
    <message>
        <source>to the ERP</source>
        <translation>az ERP-be</translation>
    </message>
    <message>
        <source>All parts, or part numbers separated by commas</source>
        <translation>Minden alkatrész, vagy vesszővel elválasztott cikkszámok</translation>
    </message>
    <message>
        <source>&amp;Force</source>
        <translation>&amp;Kényszerítés</translation>
    </message>
    <message>
        <source>Write every record, even those that did not change since the last sync</source>
        <translation>Minden rekord írása, azoké is, amelyek nem változtak a legutóbbi szinkronizálás óta</translation>
    </message>
    <message>
        <source>Part number</source>
        <translation>Cikkszám</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Irány</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Művelet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Eredmény</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Üzenet</translation>
    </message>
    <message>
        <source>Sync %1 processed no records: %2</source>
        <translation>A(z) %1. szinkronizálás egy rekordot sem dolgozott fel: %2</translation>
    </message>
</context>
<context>
    <name>garagereg::IntegrationForm</name>
    <message>
        <source>The settings must be a JSON object (%1).</source>
        <translation>A beállításoknak JSON-objektumnak kell lenniük (%1).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>nem objektum</translation>
    </message>
    <message>
        <source>New integration</source>
        <translation>Új integráció</translation>
    </message>
    <message>
        <source>Edit integration</source>
        <translation>Integráció szerkesztése</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Név:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Típus:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Szolgáltató:</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>&amp;Végpont URL:</translation>
    </message>
    <message>
        <source>&amp;Rate limit (per minute, 0 = none):</source>
        <translation>&amp;Sebességkorlát (percenként, 0 = nincs):</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>S&amp;zervezet:</translation>
    </message>
    <message>
        <source>&amp;Conflict policy (ERP):</source>
        <translation>Ütközés&amp;kezelés (ERP):</translation>
    </message>
    <message>
        <source>&amp;Sync every (minutes, 0 = manual):</source>
        <translation>Szinkronizálás &amp;gyakorisága (perc, 0 = kézi):</translation>
    </message>
    <message>
        <source>Other &amp;settings (JSON):</source>
        <translation>Egyéb &amp;beállítások (JSON):</translation>
    </message>
    <message>
        <source>C&amp;redential:</source>
        <translation>&amp;Hitelesítő adat:</translation>
    </message>
    <message>
        <source>API key, token or user:password; kept in the keychain</source>
        <translation>API-kulcs, token vagy felhasználónév:jelszó; a kulcstartóban tároljuk</translation>
    </message>
    <message>
        <source>Stored in the keychain; leave empty to keep it</source>
        <translation>A kulcstartóban van; hagyja üresen a megtartásához</translation>
    </message>
</context>
<context>
    <name>garagereg::IntegrationHealthModel</name>
    <message>
        <source>Healthy</source>
        <translation>Egészséges</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Figyelmeztetés</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Hiba</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ismeretlen</translation>
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
        <translation>Az utolsó 100 kísérlet legalább 95 %-a sikerült.</translation>
    </message>
    <message>
        <source>Between 80 % and 95 % of the last 100 attempts succeeded.</source>
        <translation>Az utolsó 100 kísérlet 80–95 %-a sikerült.</translation>
    </message>
    <message>
        <source>A circuit breaker is open: deliveries to an endpoint are paused.</source>
        <translation>Egy megszakító nyitva van: egy végpontra szünetel a kézbesítés.</translation>
    </message>
    <message>
        <source>Less than 80 % of the last 100 attempts succeeded.</source>
        <translation>Az utolsó 100 kísérletnek kevesebb mint 80 %-a sikerült.</translation>
    </message>
    <message numerus="yes">
        <source>No delivery attempts in the last %n day(s).</source>
        <translation>
            <numerusform>Az elmúlt %n napban nem volt kézbesítési kísérlet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the last %2 attempts succeeded.</source>
        <translation>Az utolsó %2 kísérletből %1 sikerült.</translation>
    </message>
    <message>
        <source>Over all %1 attempts: %2 ms</source>
        <translation>Mind a(z) %1 kísérletre: %2 ms</translation>
    </message>
    <message>
        <source>Subscriptions whose endpoint is paused after repeated failures.</source>
        <translation>Előfizetések, amelyek végpontja ismételt hibák után szünetel.</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integráció</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Healthy, warning or error, from the success of the last 100 attempts.</source>
        <translation>Egészséges, figyelmeztetés vagy hiba, az utolsó 100 kísérlet sikeressége alapján.</translation>
    </message>
    <message>
        <source>The share of the last 100 delivery attempts that succeeded.</source>
        <translation>Az utolsó 100 kézbesítési kísérletből a sikeresek aránya.</translation>
    </message>
    <message>
        <source>The average response time of the last 100 delivery attempts.</source>
        <translation>Az utolsó 100 kézbesítési kísérlet átlagos válaszideje.</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Siker</translation>
    </message>
    <message>
        <source>Avg. time</source>
        <translation>Átl. idő</translation>
    </message>
    <message>
        <source>Breakers</source>
        <translation>Megszakítók</translation>
    </message>
</context>
<context>
    <name>garagereg::IntegrationListModel</name>
    <message>
        <source>active</source>
        <translation>aktív</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktív</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Típus</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Szolgáltató</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Állapotjelzés</translation>
    </message>
</context>
<context>
    <name>garagereg::IntegrationsPage</name>
    <message>
        <source>Delete</source>
        <translation>Törlés</translation>
    </message>
    <message>
        <source>The integrations could not be read: %1</source>
        <translation>Az integrációk nem olvashatók: %1</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Kikapcsolás</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Bekapcsolás</translation>
    </message>
    <message>
        <source>Integration &quot;%1&quot; created.</source>
        <translation>A(z) „%1” integráció létrejött.</translation>
    </message>
    <message>
        <source>The integration was not saved: %1</source>
        <translation>Az integráció nem lett mentve: %1</translation>
    </message>
    <message>
        <source>Integration &quot;%1&quot; saved.</source>
        <translation>A(z) „%1” integráció mentve.</translation>
    </message>
    <message>
        <source>Delete the integration &quot;%1&quot; and its subscriptions? The delivery log keeps its records.</source>
        <translation>Törli a(z) „%1” integrációt és az előfizetéseit? A kézbesítési napló megtartja a bejegyzéseit.</translation>
    </message>
    <message>
        <source>Integration &quot;%1&quot; deleted.</source>
        <translation>A(z) „%1” integráció törölve.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>Ú&amp;j…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Szerkesztés…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Törlés</translation>
    </message>
    <message>
        <source>Testing the connection of &quot;%1&quot;…</source>
        <translation>A(z) „%1” kapcsolatának tesztelése…</translation>
    </message>
    <message>
        <source>Connection to &quot;%1&quot; works: %2</source>
        <translation>A(z) „%1” kapcsolata működik: %2</translation>
    </message>
    <message>
        <source>Connection to &quot;%1&quot; failed: %2</source>
        <translation>A(z) „%1” kapcsolata nem működik: %2</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Kapcsolat &amp;tesztelése</translation>
    </message>
    <message>
        <source>Ask the ERP whether it answers with the stored settings and credential (%1)</source>
        <translation>Megkérdezi az ERP-t, válaszol-e a tárolt beállításokkal és hitelesítő adattal (%1)</translation>
    </message>
</context>
<context>
    <name>garagereg::MainWindow</name>
    <message>
        <source>Could not read the database: %1</source>
        <translation>Nem sikerült olvasni az adatbázist: %1</translation>
    </message>
    <message>
        <source>GarageReg Integrations</source>
        <translation>GarageReg Integrations</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fájl</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Nézet</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Súgó</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Fő eszköztár</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Frissítés</translation>
    </message>
    <message>
        <source>Read the row counts from the database again (%1)</source>
        <translation>A sorok számának újraolvasása az adatbázisból (%1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Kilépés</translation>
    </message>
    <message>
        <source>&amp;About GarageReg Integrations</source>
        <translation>&amp;Névjegy</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Adatbázis: %1</translation>
    </message>
    <message>
        <source>Schema version: unknown</source>
        <translation>Sémaverzió: ismeretlen</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Sémaverzió: %1</translation>
    </message>
</context>
<context>
    <name>garagereg::OutboundGuard</name>
    <message>
        <source>the outbound policy could not be read: %1</source>
        <translation>a kimenő szabályzatot nem sikerült beolvasni: %1</translation>
    </message>
    <message>
        <source>%1 has no address</source>
        <translation>a(z) %1 gépnek nincs címe</translation>
    </message>
    <message>
        <source>Host %1 not found</source>
        <translation>A(z) %1 gép nem található</translation>
    </message>
    <message>
        <source>The CA certificate is not a PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>A CA-tanúsítvány nem PEM-tanúsítvány (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>This build has no TLS support.</source>
        <translation>Ez a változat nem támogatja a TLS-t.</translation>
    </message>
</context>
<context>
    <name>garagereg::PartTableModel</name>
    <message>
        <source>Part number</source>
        <translation>Cikkszám</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Megnevezés</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategória</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Egységár</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Készlet</translation>
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
            <numerusform>%n alkatrész látható, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n below minimum stock.</source>
        <translation>
            <numerusform>%n a minimális készlet alatt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalogue could not be read: %1</source>
        <translation>Az alkatrészkatalógus nem olvasható: %1</translation>
    </message>
    <message>
        <source>Search by part number, name or category</source>
        <translation>Keresés cikkszám, megnevezés vagy kategória szerint</translation>
    </message>
    <message>
        <source>Only below minimum stock</source>
        <translation>Csak a minimális készlet alattiak</translation>
    </message>
</context>
<context>
    <name>garagereg::RestJsonAdapter</name>
    <message>
        <source>The integration &quot;%1&quot; has no endpoint URL; %2 needs the API&apos;s base URL.</source>
        <translation>A(z) „%1” integrációnak nincs végpont URL-je; a(z) %2 használatához meg kell adni az API alap-URL-jét.</translation>
    </message>
    <message>
        <source>The endpoint URL of the integration &quot;%1&quot; contains a user name or password. Remove it and store the credential in the keychain instead.</source>
        <translation>A(z) „%1” integráció végpont URL-je felhasználónevet vagy jelszót tartalmaz. Távolítsa el, és a hitelesítő adatot inkább a kulcstartóban tárolja.</translation>
    </message>
    <message>
        <source>The endpoint URL &quot;%1&quot; of the integration &quot;%2&quot; is not an http or https URL.</source>
        <translation>A(z) „%2” integráció végpont URL-je („%1”) nem http vagy https URL.</translation>
    </message>
    <message>
        <source>The endpoint URL of the integration &quot;%1&quot; must not have a query or fragment; put query parameters in the profile and the credential in the keychain.</source>
        <translation>A(z) „%1” integráció végpont URL-je nem tartalmazhat lekérdezési részt vagy fragmentumot; a lekérdezési paramétereket a profilban, a hitelesítő adatot a kulcstartóban adja meg.</translation>
    </message>
    <message>
        <source>The integration setting timeout_seconds must be a number of seconds from 0.1 to 3600; it is %1.</source>
        <translation>A timeout_seconds integrációs beállításnak 0.1 és 3600 közötti másodpercszámnak kell lennie; a megadott érték: %1.</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>nem szám</translation>
    </message>
    <message>
        <source>The integration setting profile is not a JSON object: %1 at offset %2.</source>
        <translation>A profile integrációs beállítás nem JSON-objektum: %1 (eltolás: %2).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>nem objektum</translation>
    </message>
    <message>
        <source>The rest-json provider needs the integration setting profile: a JSON object describing the API (auth, paths, paging, fields). See docs/rest-json-adapter.md.</source>
        <translation>A rest-json szolgáltatóhoz meg kell adni a profile integrációs beállítást: az API-t leíró JSON-objektumot (auth, paths, paging, fields). Lásd: docs/rest-json-adapter.md.</translation>
    </message>
    <message>
        <source>The Business Central integration needs the setting company_id: the id (a GUID) of the company, as GET companies lists it.</source>
        <translation>A Business Central-integrációhoz meg kell adni a company_id beállítást: a vállalat azonosítóját (GUID), ahogyan a GET companies lekérdezés listázza.</translation>
    </message>
    <message>
        <source>The Business Central integration needs the setting currency: the company&apos;s local currency (e.g. HUF or EUR), in which Business Central holds item prices.</source>
        <translation>A Business Central-integrációhoz meg kell adni a currency beállítást: a vállalat helyi pénznemét (például HUF vagy EUR), amelyben a Business Central a cikkek árait tárolja.</translation>
    </message>
    <message>
        <source>No credential is stored for this %1 integration; store its %2 in the keychain.</source>
        <translation>Ehhez a(z) %1-integrációhoz nincs hitelesítő adat tárolva (%2); tárolja a kulcstartóban.</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>hozzáférési token</translation>
    </message>
    <message>
        <source>user:password</source>
        <translation>felhasználónév:jelszó</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-kulcs</translation>
    </message>
    <message>
        <source>The credential stored for this %1 integration contains a line break or NUL byte; store it again.</source>
        <translation>Az ehhez a(z) %1-integrációhoz tárolt hitelesítő adat sortörést vagy NUL bájtot tartalmaz; tárolja el újra.</translation>
    </message>
    <message>
        <source>The credential stored for this %1 integration must be &quot;user:password&quot; for basic authentication.</source>
        <translation>Az ehhez a(z) %1-integrációhoz tárolt hitelesítő adatnak alapszintű (basic) hitelesítésnél „felhasználónév:jelszó” alakúnak kell lennie.</translation>
    </message>
    <message>
        <source>The request %1 to %2 was cancelled: the adapter was closed.</source>
        <translation>A(z) %2 felé indított %1 kérés megszakadt: az illesztő bezárult.</translation>
    </message>
    <message>
        <source>%1 (%2) gave no complete answer to %3 within %4 s.</source>
        <translation>%1 (%2) %4 s alatt nem adott teljes választ erre a kérésre: %3.</translation>
    </message>
    <message>
        <source>%1 (%2) sent more than %3 MiB in answer to %4; the response was aborted. Use a smaller page size.</source>
        <translation>%1 (%2) több mint %3 MiB adatot küldött válaszul erre a kérésre: %4; a válasz fogadása megszakadt. Használjon kisebb lapméretet.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 (%2) failed: %3</source>
        <translation>Nem sikerült a TLS-kapcsolat létrehozása (%1, %2): %3</translation>
    </message>
    <message>
        <source>%1 (%2) could not be reached for %3: %4</source>
        <translation>%1 (%2) nem érhető el a(z) %3 kéréshez: %4</translation>
    </message>
    <message>
        <source>no HTTP response</source>
        <translation>nincs HTTP-válasz</translation>
    </message>
    <message>
        <source>%1 (%2) refused the credential (%3). Check the %4 stored for this integration and its permissions.</source>
        <translation>%1 (%2) elutasította a hitelesítő adatot (%3). Ellenőrizze az integrációhoz tárolt hitelesítő adatot (%4) és annak jogosultságait.</translation>
    </message>
    <message>
        <source>%1 (%2) redirected %3 to %4 (%5); redirects are not followed. Set the endpoint URL to the final address.</source>
        <translation>%1 (%2) átirányította a(z) %3 kérést ide: %4 (%5); az alkalmazás nem követi az átirányításokat. Állítsa a végpont URL-jét a végleges címre.</translation>
    </message>
    <message>
        <source>%1 (%2) refused %3: the account has no subscription that includes API access (%4).</source>
        <translation>%1 (%2) elutasította a(z) %3 kérést: a fiókhoz nem tartozik API-hozzáférést tartalmazó előfizetés (%4).</translation>
    </message>
    <message>
        <source>%1 (%2) refused %3 with %4; check the integration&apos;s settings.</source>
        <translation>%1 (%2) elutasította a(z) %3 kérést (%4); ellenőrizze az integráció beállításait.</translation>
    </message>
    <message>
        <source>%1 (%2) refused %3 because the record changed since it was read (%4).</source>
        <translation>%1 (%2) elutasította a(z) %3 kérést, mert a rekord a beolvasása óta megváltozott (%4).</translation>
    </message>
    <message>
        <source>%1 (%2) has no %3 (%4).</source>
        <translation>%1 (%2): a(z) %3 nem található (%4).</translation>
    </message>
    <message>
        <source>%1 (%2) answered %3 with %4</source>
        <translation>%1 (%2) válasza a(z) %3 kérésre: %4</translation>
    </message>
    <message>
        <source>%1 (%2) answered %3 %4 with something unexpected: %5</source>
        <translation>%1 (%2) váratlan választ adott a(z) %3 %4 kérésre: %5</translation>
    </message>
    <message>
        <source>The %1 profile gives no valid URL for the path &quot;%2&quot;: %3</source>
        <translation>A(z) %1 profil alapján nem képezhető érvényes URL a(z) „%2” útvonalhoz: %3</translation>
    </message>
    <message>
        <source>The page token is not a link to %1 (%2); it is not followed.</source>
        <translation>A lapozási token nem a(z) %1 (%2) rendszerre mutató hivatkozás, ezért az alkalmazás nem követi.</translation>
    </message>
    <message>
        <source>The page token &quot;%1&quot; is not a page number.</source>
        <translation>A(z) „%1” lapozási token nem oldalszám.</translation>
    </message>
    <message>
        <source>The page token &quot;%1&quot; is not an offset.</source>
        <translation>A(z) „%1” lapozási token nem eltolásérték.</translation>
    </message>
    <message>
        <source>not JSON (%1)</source>
        <translation>nem JSON (%1)</translation>
    </message>
    <message>
        <source>not a JSON array</source>
        <translation>nem JSON-tömb</translation>
    </message>
    <message>
        <source>no array &quot;%1&quot; in the response</source>
        <translation>a válaszban nincs „%1” tömb</translation>
    </message>
    <message>
        <source>a list item is not a JSON object</source>
        <translation>a lista egyik eleme nem JSON-objektum</translation>
    </message>
    <message>
        <source>the next page is on another server (%1); it is not followed</source>
        <translation>a következő oldal másik kiszolgálón van (%1); az alkalmazás nem követi</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>nem JSON-objektum</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2 answered in %3 ms: %n part(s) in the catalogue.</source>
        <translation>
            <numerusform>%1 (%2) %3 ms alatt válaszolt: %n alkatrész van a katalógusban.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2 answered in %3 ms: the item list is readable.</source>
        <translation>%1 (%2) %3 ms alatt válaszolt: a cikklista olvasható.</translation>
    </message>
    <message>
        <source>%1 holds %2 records with the part number %3 (ids %4); remove the duplicates.</source>
        <translation>A(z) %1 rendszerben %2 rekord tartozik a(z) %3 cikkszámhoz (azonosítók: %4); szüntesse meg az ismétlődéseket.</translation>
    </message>
    <message>
        <source>The part number to look up is empty.</source>
        <translation>A keresendő cikkszám üres.</translation>
    </message>
    <message>
        <source>%1 was searched for the part number %2 through %3 pages without an end; the search was given up.</source>
        <translation>A(z) %2 cikkszám keresése a(z) %1 rendszerben %3 oldal után sem ért véget; a keresés megszakadt.</translation>
    </message>
    <message>
        <source>%1 answered the same page again; the search was given up.</source>
        <translation>%1 ismét ugyanazt az oldalt küldte; a keresés megszakadt.</translation>
    </message>
    <message>
        <source>A part without a part number cannot be created.</source>
        <translation>Cikkszám nélküli alkatrész nem hozható létre.</translation>
    </message>
    <message>
        <source>The part %1 has no %2 id; look it up (getPart) before updating it.</source>
        <translation>A(z) %1 alkatrésznek nincs %2-azonosítója; frissítés előtt keresse ki (getPart).</translation>
    </message>
    <message>
        <source>The ETag to match contains a line break.</source>
        <translation>Az egyeztetendő ETag sortörést tartalmaz.</translation>
    </message>
    <message>
        <source>The request %1 to %2 (%3) was not sent: %4</source>
        <translation>A(z) %1 kérés nem lett elküldve ide: %2 (%3): %4</translation>
    </message>
</context>
<context>
    <name>garagereg::RowCountTable</name>
    <message>
        <source>The database has no table &quot;%1&quot;.</source>
        <translation>Az adatbázisban nincs „%1” nevű tábla.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Tartalom</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tábla</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Sorok</translation>
    </message>
</context>
<context>
    <name>garagereg::SecretDialog</name>
    <message>
        <source>Copied</source>
        <translation>Másolva</translation>
    </message>
    <message>
        <source>New signing secret</source>
        <translation>Új aláíró kulcs</translation>
    </message>
    <message>
        <source>The signing secret of &quot;%1&quot; is shown only this once. Copy it now and configure it in the receiver, which uses it to verify the signatures. It is kept in the keychain and cannot be shown again; rotate it if it is lost.</source>
        <translation>A(z) „%1” aláíró titkos kulcsa csak most az egyszer látható. Másolja ki most, és állítsa be a fogadó oldalon, amely ezzel ellenőrzi az aláírásokat. A kulcstartóban tároljuk, és többé nem jeleníthető meg; ha elveszett, cserélje le.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Másolás</translation>
    </message>
</context>
<context>
    <name>garagereg::SectionPage</name>
    <message>
        <source>Stored in the database</source>
        <translation>Tárolt adatok</translation>
    </message>
</context>
<context>
    <name>garagereg::SettingsPage</name>
    <message>
        <source>/home/user/garagereg.db</source>
        <translation>/home/felhasznalo/garagereg.db</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>SQLite-adatbázisfájl</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
        <translation>SQLite-adatbázisok (*.db *.sqlite);;Minden fájl (*)</translation>
    </message>
    <message>
        <source>Enter the path of the SQLite file.</source>
        <translation>Adja meg az SQLite-fájl elérési útját.</translation>
    </message>
    <message>
        <source>Enter a PostgreSQL URL such as postgresql://user@host:5432/dbname.</source>
        <translation>Adjon meg egy PostgreSQL URL-t, például: postgresql://user@host:5432/dbname.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Kapcsolódás…</translation>
    </message>
    <message>
        <source>Saved. The application opens this database at its next start.</source>
        <translation>Mentve. Az alkalmazás a következő indításkor ezt az adatbázist nyitja meg.</translation>
    </message>
    <message>
        <source>Not saved: the password could not be stored in the keychain: %1</source>
        <translation>Nincs mentve: a jelszót nem sikerült a kulcstartóba tenni: %1</translation>
    </message>
    <message>
        <source>The retry delays must be whole seconds between 1 and 604800, separated by commas. Not saved.</source>
        <translation>Az újrapróbálkozási várakozások 1 és 604800 közötti egész másodpercek legyenek, vesszővel elválasztva. Nincs mentve.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>A rendszer nyelve</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Adatbázis</translation>
    </message>
    <message>
        <source>Open now: %1</source>
        <translation>Most megnyitva: %1</translation>
    </message>
    <message>
        <source>SQLite file on this computer</source>
        <translation>SQLite-fájl ezen a számítógépen</translation>
    </message>
    <message>
        <source>PostgreSQL server (shared by a team or several workers)</source>
        <translation>PostgreSQL-kiszolgáló (csapat vagy több feldolgozó közösen használja)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Tallózás…</translation>
    </message>
    <message>
        <source>Stored in the keychain; leave empty to keep the stored one</source>
        <translation>A kulcstartóban tároljuk; hagyja üresen a tárolt megtartásához</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Kapcsolat &amp;tesztelése</translation>
    </message>
    <message>
        <source>&amp;Use at next start</source>
        <translation>&amp;Használat a következő indításkor</translation>
    </message>
    <message>
        <source>Defaults for new subscriptions</source>
        <translation>Új előfizetések alapértékei</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Nyelv:</translation>
    </message>
    <message>
        <source>Data&amp;base type:</source>
        <translation>Adat&amp;bázis típusa:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Hely:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Jelszó:</translation>
    </message>
    <message>
        <source>Signature &amp;scheme:</source>
        <translation>Aláírási &amp;séma:</translation>
    </message>
    <message>
        <source>&amp;Timeout (seconds):</source>
        <translation>&amp;Időkorlát (másodperc):</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>Újra&amp;próbálkozások:</translation>
    </message>
    <message>
        <source>Retry &amp;delays (seconds):</source>
        <translation>&amp;Várakozások (másodperc):</translation>
    </message>
    <message>
        <source>The outbound policy could not be read: %1</source>
        <translation>A kimenő szabályzatot nem sikerült beolvasni: %1</translation>
    </message>
    <message>
        <source>Outbound policy</source>
        <translation>Kimenő szabályzat</translation>
    </message>
    <message>
        <source>Where webhooks, test pings and ERP calls may go, for every machine on this database. An administrator changes it on the command line: garagereg-integrations-cli policy set --refuse-private yes (see policy set --help).</source>
        <translation>Hová mehetnek a webhookok, a tesztpingek és az ERP-hívások – az adatbázist használó összes gépen. Rendszergazda módosíthatja a parancssorban: garagereg-integrations-cli policy set --refuse-private yes (lásd: policy set --help).</translation>
    </message>
</context>
<context>
    <name>garagereg::SubscriptionForm</name>
    <message>
        <source>The filter is not valid JSON: %1 (at character %2).</source>
        <translation>A szűrő nem érvényes JSON: %1 (a(z) %2. karakternél).</translation>
    </message>
    <message>
        <source>The filter must be a JSON object such as {&quot;priority&quot;: [&quot;high&quot;]}.</source>
        <translation>A szűrő JSON-objektum legyen, például {&quot;priority&quot;: [&quot;high&quot;]}.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 mp</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 perc</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 perc %2 mp</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 óra</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 óra %2 perc</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 nap</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 nap %2 óra</translation>
    </message>
    <message>
        <source>One attempt; a failure is final.</source>
        <translation>Egy kísérlet; a hiba végleges.</translation>
    </message>
    <message>
        <source>attempt 1 at once</source>
        <translation>1. kísérlet azonnal</translation>
    </message>
    <message>
        <source>retry %1 after %2 (%3 in all)</source>
        <translation>%1. újrapróbálkozás %2 múlva (összesen %3)</translation>
    </message>
    <message numerus="yes">
        <source>… %n more retries, the last %1 after the event</source>
        <translation>
            <numerusform>… még %n újrapróbálkozás, az utolsó %1-cel az esemény után</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; then the delivery fails. Each wait varies by ±%2 %.</source>
        <translation>%1; utána a kézbesítés sikertelen. Minden várakozás ±%2 %-kal változhat.</translation>
    </message>
    <message>
        <source>Create an integration first: every subscription belongs to one.</source>
        <translation>Előbb hozzon létre egy integrációt: minden előfizetés egy integrációhoz tartozik.</translation>
    </message>
    <message>
        <source>The retry delays must be whole seconds separated by commas, e.g. 60, 300, 900.</source>
        <translation>Az újrapróbálkozási várakozások vesszővel elválasztott egész másodpercek legyenek, pl. 60, 300, 900.</translation>
    </message>
    <message>
        <source>Enter valid retry delays to see the schedule.</source>
        <translation>Adjon meg érvényes várakozásokat az ütemezés megtekintéséhez.</translation>
    </message>
    <message>
        <source>New subscription</source>
        <translation>Új előfizetés</translation>
    </message>
    <message>
        <source>Edit subscription</source>
        <translation>Előfizetés szerkesztése</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Név:</translation>
    </message>
    <message>
        <source>&amp;Integration:</source>
        <translation>&amp;Integráció:</translation>
    </message>
    <message>
        <source>Endpoint &amp;URL:</source>
        <translation>Végpont &amp;URL-je:</translation>
    </message>
    <message>
        <source>&amp;Event types:</source>
        <translation>&amp;Eseménytípusok:</translation>
    </message>
    <message>
        <source>Payload &amp;filter (JSON):</source>
        <translation>Adattartalom-&amp;szűrő (JSON):</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>S&amp;zervezet:</translation>
    </message>
    <message>
        <source>Si&amp;gnature scheme:</source>
        <translation>Aláírási sé&amp;ma:</translation>
    </message>
    <message>
        <source>Signature &amp;header:</source>
        <translation>Aláírás &amp;fejléce:</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>Újra&amp;próbálkozások:</translation>
    </message>
    <message>
        <source>Retry &amp;delays (seconds):</source>
        <translation>&amp;Várakozások (másodperc):</translation>
    </message>
    <message>
        <source>&amp;Timeout (seconds):</source>
        <translation>&amp;Időkorlát (másodperc):</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Titkos kulcs:</translation>
    </message>
    <message>
        <source>Empty: every event of the chosen types. Example: {&quot;priority&quot;: [&quot;high&quot;]}</source>
        <translation>Üresen: a kiválasztott típusok minden eseménye. Példa: {&quot;priority&quot;: [&quot;high&quot;]}</translation>
    </message>
    <message>
        <source>Empty: events of every organization</source>
        <translation>Üresen: minden szervezet eseményei</translation>
    </message>
    <message>
        <source>e.g. 60, 300, 900 (the last one repeats)</source>
        <translation>pl. 60, 300, 900 (az utolsó ismétlődik)</translation>
    </message>
    <message>
        <source>Leave empty to generate one (shown once after saving)</source>
        <translation>Hagyja üresen, és generálunk egyet (mentés után egyszer látható)</translation>
    </message>
    <message>
        <source>&amp;Active: deliver events to this endpoint</source>
        <translation>&amp;Aktív: az események kézbesítése erre a végpontra</translation>
    </message>
</context>
<context>
    <name>garagereg::SubscriptionListModel</name>
    <message>
        <source>active</source>
        <translation>aktív</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktív</translation>
    </message>
    <message>
        <source>disabled: %1</source>
        <translation>letiltva: %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>nyitott</translation>
    </message>
    <message>
        <source>half-open</source>
        <translation>félig nyitott</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>zárt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integráció</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Események</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Circuit breaker</source>
        <translation>Megszakító</translation>
    </message>
</context>
<context>
    <name>garagereg::SubscriptionsPage</name>
    <message>
        <source>The integrations could not be read: %1</source>
        <translation>Az integrációkat nem sikerült beolvasni: %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Törlés</translation>
    </message>
    <message>
        <source>The subscriptions could not be read: %1</source>
        <translation>Az előfizetéseket nem sikerült beolvasni: %1</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Kikapcsolás</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Bekapcsolás</translation>
    </message>
    <message>
        <source>Saving &quot;%1&quot;…</source>
        <translation>A(z) „%1” mentése…</translation>
    </message>
    <message>
        <source>The subscription was not saved: %1</source>
        <translation>Az előfizetés nem lett mentve: %1</translation>
    </message>
    <message>
        <source>Subscription &quot;%1&quot; created.</source>
        <translation>A(z) „%1” előfizetés létrejött.</translation>
    </message>
    <message>
        <source>Deactivated in the application.</source>
        <translation>Kikapcsolva az alkalmazásban.</translation>
    </message>
    <message>
        <source>Subscription &quot;%1&quot; saved.</source>
        <translation>A(z) „%1” előfizetés mentve.</translation>
    </message>
    <message>
        <source>Subscription &quot;%1&quot; deactivated.</source>
        <translation>A(z) „%1” előfizetés kikapcsolva.</translation>
    </message>
    <message>
        <source>Subscription &quot;%1&quot; activated.</source>
        <translation>A(z) „%1” előfizetés bekapcsolva.</translation>
    </message>
    <message numerus="yes">
        <source>Give &quot;%1&quot; a new signing secret? The old one keeps signing alongside it for %n hours, so the receiver can switch over.</source>
        <translation>
            <numerusform>Új aláíró kulcsot kap a(z) „%1”? A régi még %n óráig mellette aláír, így a fogadó átállhat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give &quot;%1&quot; a new signing secret? Deliveries are signed with the new one at once, so update the receiver straight away.</source>
        <translation>Új aláíró kulcsot kap a(z) „%1”? A kézbesítéseket azonnal az új kulcs írja alá, ezért rögtön frissítse a fogadót is.</translation>
    </message>
    <message>
        <source>Subscription &quot;%1&quot; has a new secret.</source>
        <translation>A(z) „%1” előfizetés új titkos kulcsot kapott.</translation>
    </message>
    <message>
        <source>Sending a test ping to %1…</source>
        <translation>Tesztping küldése ide: %1…</translation>
    </message>
    <message>
        <source>The secret could not be read from the keychain: %1</source>
        <translation>A titkos kulcsot nem sikerült kiolvasni a kulcstartóból: %1</translation>
    </message>
    <message>
        <source>Test ping to &quot;%1&quot; succeeded: %2</source>
        <translation>A(z) „%1” tesztpingje sikerült: %2</translation>
    </message>
    <message>
        <source>Test ping to &quot;%1&quot; failed: %2</source>
        <translation>A(z) „%1” tesztpingje nem sikerült: %2</translation>
    </message>
    <message>
        <source>Delete the subscription &quot;%1&quot; and its signing secret? The delivery log keeps its records.</source>
        <translation>Törli a(z) „%1” előfizetést és az aláíró kulcsát? A kézbesítési napló megőrzi a bejegyzéseit.</translation>
    </message>
    <message>
        <source>Subscription &quot;%1&quot; deleted.</source>
        <translation>A(z) „%1” előfizetés törölve.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>Ú&amp;j…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Szerkesztés…</translation>
    </message>
    <message>
        <source>&amp;Rotate secret…</source>
        <translation>Kulcs&amp;csere…</translation>
    </message>
    <message>
        <source>Send test &amp;ping</source>
        <translation>Teszt&amp;ping küldése</translation>
    </message>
    <message>
        <source>Send a signed ping event to the endpoint and show its answer (%1)</source>
        <translation>Aláírt ping eseményt küld a végpontnak, és megmutatja a választ (%1)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Törlés</translation>
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
        <translation>Kezdete</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integráció</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Irány</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Feldolgozva</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Sikeres</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Sikertelen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Kihagyva</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Ütközés</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Időtartam</translation>
    </message>
</context>
<context>
    <name>garagereg::SyncScheduler</name>
    <message>
        <source>Scheduled sync of integration %1: %2</source>
        <translation>A(z) %1 azonosítójú integráció ütemezett szinkronizálása: %2</translation>
    </message>
</context>
<context>
    <name>garagereg::TriggerEventPage</name>
    <message>
        <source>Recipients: fix the payload first.</source>
        <translation>Címzettek: előbb javítsa az adattartalmat.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No active subscription receives this event: it would be stored only.</source>
        <translation>Egy aktív előfizetés sem kapja meg ezt az eseményt: csak tárolnánk.</translation>
    </message>
    <message numerus="yes">
        <source>Subscriptions that will receive it: %n</source>
        <translation>
            <numerusform>Ennyi előfizetés kapja meg: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The recipients could not be read: %1</source>
        <translation>A címzetteket nem sikerült beolvasni: %1</translation>
    </message>
    <message>
        <source>Event %1 (%2) stored; no subscription receives it.</source>
        <translation>A(z) %1 esemény (%2) tárolva; egy előfizetés sem kapja meg.</translation>
    </message>
    <message numerus="yes">
        <source>Event %1 (%2) raised; deliveries queued: %n.</source>
        <translation>
            <numerusform>A(z) %1 esemény (%2) elküldve; sorba állított kézbesítések: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The event was not raised: %1</source>
        <translation>Az esemény nem lett elküldve: %1</translation>
    </message>
    <message>
        <source>Event &amp;type:</source>
        <translation>Esemény&amp;típus:</translation>
    </message>
    <message>
        <source>&amp;Payload (JSON object):</source>
        <translation>&amp;Adattartalom (JSON-objektum):</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>S&amp;zervezet:</translation>
    </message>
    <message>
        <source>&amp;Entity id:</source>
        <translation>&amp;Entitás azonosítója:</translation>
    </message>
    <message>
        <source>Empty: only subscriptions without an organization receive it</source>
        <translation>Üresen: csak a szervezethez nem kötött előfizetések kapják meg</translation>
    </message>
    <message>
        <source>e.g. the gate or work order id</source>
        <translation>pl. a kapu vagy a munkalap azonosítója</translation>
    </message>
    <message>
        <source>&amp;Send event</source>
        <translation>Esemény &amp;küldése</translation>
    </message>
    <message>
        <source>Store the event and queue its deliveries (%1)</source>
        <translation>Tárolja az eseményt, és sorba állítja a kézbesítéseit (%1)</translation>
    </message>
</context>
<context>
    <name>garagereg::WebhookEventService</name>
    <message>
        <source>The payload is %1 bytes; at most %2 bytes (1 MiB) are allowed.</source>
        <translation>Az adattartalom mérete %1 bájt; legfeljebb %2 bájt (1 MiB) engedélyezett.</translation>
    </message>
    <message>
        <source>The payload is not valid JSON: %1 at offset %2.</source>
        <translation>Az adattartalom nem érvényes JSON: %1 (eltolás: %2).</translation>
    </message>
    <message>
        <source>The payload must be a JSON object, such as {&quot;gate_id&quot;: &quot;K-12&quot;}.</source>
        <translation>Az adattartalomnak JSON-objektumnak kell lennie, például: {&quot;gate_id&quot;: &quot;K-12&quot;}.</translation>
    </message>
</context>
<context>
    <name>garagereg::WebhookSender</name>
    <message>
        <source>no complete response within %1 ms</source>
        <translation>%1 ms alatt nem érkezett teljes válasz</translation>
    </message>
    <message>
        <source>the response exceeded the limit of %1 bytes and was aborted</source>
        <translation>a válasz túllépte a(z) %1 bájtos korlátot, ezért a fogadása megszakadt</translation>
    </message>
    <message>
        <source>no HTTP response</source>
        <translation>nincs HTTP-válasz</translation>
    </message>
    <message>
        <source>redirect to %1 not followed</source>
        <translation>a(z) %1 címre mutató átirányítást az alkalmazás nem követte</translation>
    </message>
    <message>
        <source>%1 received, %2 body bytes so far</source>
        <translation>%1 megérkezett, a törzsből eddig %2 bájt</translation>
    </message>
    <message>
        <source>no complete response within %1 ms (the host name was still being resolved)</source>
        <translation>nem érkezett teljes válasz %1 ms alatt (a gépnév feloldása még folyamatban volt)</translation>
    </message>
</context>
<context>
    <name>garagereg::WorkStatusLabel</name>
    <message>
        <source>delivered by this application</source>
        <translation>ez az alkalmazás kézbesíti</translation>
    </message>
    <message>
        <source>delivered by another worker</source>
        <translation>egy másik feldolgozó kézbesíti</translation>
    </message>
    <message>
        <source>Deliveries waiting: unknown</source>
        <translation>Várakozó kézbesítések: ismeretlen</translation>
    </message>
    <message>
        <source>Deliveries waiting: %1 (%2)</source>
        <translation>Várakozó kézbesítések: %1 (%2)</translation>
    </message>
    <message>
        <source>This application sends webhooks while it runs, because no other worker uses this database.</source>
        <translation>Amíg fut, ez az alkalmazás küldi a webhookokat, mert más feldolgozó nem használja ezt az adatbázist.</translation>
    </message>
    <message>
        <source>Another process (a headless worker) sends the webhooks; this window shows its progress.</source>
        <translation>Egy másik folyamat (háttérfeldolgozó) küldi a webhookokat; ez az ablak a haladását mutatja.</translation>
    </message>
    <message>
        <source>Deliveries paused: the database cannot be used; trying again</source>
        <translation>A kézbesítések szünetelnek: az adatbázis nem használható; újrapróbálkozás folyamatban</translation>
    </message>
</context>
</TS>
