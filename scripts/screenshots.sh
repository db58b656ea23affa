#!/usr/bin/env bash
# Renders every section of the GarageReg Integrations desktop application, in
# English and in Hungarian, on a demo database, into docs/screenshots/.
# Builds nothing: it runs the application and the CLI of an existing build.
#
# Usage: scripts/screenshots.sh [build-dir]
#   build-dir  the CMake build folder with app/garagereg-integrations and
#              app/garagereg-integrations-cli (default: build)
#
# What it does (everything it creates is removed on any exit):
#   1. starts a private D-Bus session with an unlocked, throwaway gnome-keyring
#      (the subscriptions' signing secrets live there), with its own HOME and
#      XDG_* folders, so the user's keyring and settings are never touched;
#   2. starts a small webhook receiver on 127.0.0.1 (python3, standard library)
#      that answers 200 to most deliveries and 500, 410 or nothing (timeouts)
#      to some;
#   3. fills a new SQLite database with Hungarian garage-door business data,
#      only through garagereg-integrations-cli: integrations, subscriptions,
#      ERP syncs with the dummy ERP (import, export, a conflict, a failed run),
#      local parts (some below their minimum stock), events; then runs the
#      worker until every delivery that is due has been attempted. The
#      database is /tmp/garagereg-demo/garagereg.db (the status bar shows it, so
#      a fixed path), or a random one when that folder is taken;
#   4. for each language (en, hu) starts the application under
#      xvfb-run -s "-screen 0 1280x800x24", switches to every section with
#      Ctrl+1 ... Ctrl+9 (xdotool), waits until the picture is stable and writes
#      docs/screenshots/<lang>-<number>-<section>.png (the application window,
#      256 colours);
#   5. replaces the old docs/screenshots/{en,hu}-*.png only when every capture
#      succeeded.
#
# The number of sections comes from the running application (a shortcut that
# does not change the picture has no section). Their short names come from
# SectionInfo::all() and key() in ui/Sections.cpp, of the working tree or of
# the last commit, whichever matches the binary (every key in it, the same
# number of sections); otherwise the files are called <lang>-<number>-section.png.
#
# Environment:
#   GARAGEREG_SCREENSHOTS_TIMEOUT  seconds allowed for the whole run (default 900)
# Needs: python3, dbus (dbus-run-session), gnome-keyring, xvfb (xvfb-run), xauth,
# x11-utils (xwininfo), xdotool, imagemagick (import, convert).
set -euo pipefail

script_path=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")
repo_root=$(cd "$(dirname "$script_path")/.." && pwd)
languages=(en hu)
screen_width=1280
screen_height=800
window_width=1280
window_height=760

note() {
    printf 'screenshots: %s\n' "$*" >&2
}

fail() {
    note "error: $*"
    exit 1
}

random_hex() {
    od -An -tx1 -N"$1" /dev/urandom | tr -d ' \n'
}

# ===========================================================================
# On the virtual display (one per language): start the application, visit
# every section, capture each one.
# Arguments: --on-display <work dir> <language> <application> <database url>
# ===========================================================================

# Grabs the window's pixels (raw RGB) into a file.
grab() {
    import -window "$1" -depth 8 "rgb:$2" 2>/dev/null
}

# Grabs until two grabs in a row, 0.25 s apart, are identical (at most about
# 15 s), so the page has finished loading and painting. The stable picture is
# left in $2.
grab_stable() {
    local window=$1 output=$2 previous="$2.previous"
    sleep 0.3
    grab "$window" "$previous"
    for _ in $(seq 1 60); do
        sleep 0.25
        grab "$window" "$output"
        if cmp -s "$previous" "$output"; then
            rm -f -- "$previous"
            return 0
        fi
        mv -- "$output" "$previous"
    done
    mv -- "$previous" "$output"
    note "warning: the window kept changing; capturing it anyway."
}

on_display() {
    local work_dir=$1 language=$2 app=$3 database=$4
    local names_file="$work_dir/section-names" out_dir="$work_dir/shots"
    local log="$work_dir/app-$language.log"
    mkdir -p "$out_dir"

    "$app" --database "$database" --language "$language" >"$log" 2>&1 &
    local app_pid=$!
    # The application is stopped however this function ends.
    # shellcheck disable=SC2064 # expand app_pid now
    trap "kill $app_pid 2>/dev/null || true" EXIT

    # Poll (every 0.1 s, at most 30 s) until a visible window of the application exists.
    local window="" deadline=$((SECONDS + 30))
    while [[ -z "$window" ]]; do
        kill -0 "$app_pid" 2>/dev/null || { cat "$log" >&2; fail "the application ($language) exited before showing a window."; }
        ((SECONDS < deadline)) || fail "no window of the application ($language) appeared within 30 s."
        window=$(xdotool search --onlyvisible --pid "$app_pid" 2>/dev/null | head -n 1) || true
        [[ -n "$window" ]] || sleep 0.1
    done

    # No window manager: place and size the window ourselves, give it the keyboard
    # focus, and park the pointer outside it (no hover effects or tool tips).
    xdotool windowmove "$window" 0 0 windowsize "$window" "$window_width" "$window_height"
    xdotool windowfocus --sync "$window"
    # The resize is asynchronous: wait (at most 5 s) until the window has the
    # size, so every grab below has the dimensions read for its conversion.
    local size_deadline=$((SECONDS + 5))
    until [[ "$(xwininfo -id "$window" | awk '/Width:/ { w = $2 } /Height:/ { h = $2 } END { print w "x" h }')" \
        == "${window_width}x${window_height}" ]]; do
        ((SECONDS < size_deadline)) || { note "warning: the window did not take the size ${window_width}x${window_height}"; break; }
        sleep 0.1
    done
    xdotool mousemove $((screen_width - 1)) $((screen_height - 1))

    local previous="" number captured=() grab_file width height
    for number in 1 2 3 4 5 6 7 8 9; do
        kill -0 "$app_pid" 2>/dev/null || { cat "$log" >&2; fail "the application ($language) stopped."; }
        xdotool key --clearmodifiers "ctrl+$number"
        grab_file="$work_dir/grab-$language-$number.rgb"
        grab_stable "$window" "$grab_file"
        # A shortcut without a section leaves the window as it was.
        if [[ -n "$previous" ]] && cmp -s "$previous" "$grab_file"; then
            rm -f -- "$grab_file"
            continue
        fi
        previous=$grab_file
        read -r width height < <(xwininfo -id "$window" | awk '/Width:/ { w = $2 } /Height:/ { h = $2 } END { print w, h }')
        # 256 colours without dithering: sharp text, a fraction of the size.
        convert -size "${width}x${height}" -depth 8 "rgb:$grab_file" -strip +dither -colors 256 \
            -define png:compression-level=9 -define png:exclude-chunks=date,time \
            "PNG8:$work_dir/$language-$number.png"
        captured+=("$number")
    done
    ((${#captured[@]} > 0)) || fail "nothing was captured ($language)."

    # Names: the first candidate list with as many sections as the application has.
    local names=() line
    while IFS= read -r line; do
        read -r -a names <<<"$line"
        ((${#names[@]} == ${#captured[@]})) && break
        names=()
    done <"$names_file"
    ((${#names[@]} > 0)) || note "warning: no list of section names in ui/Sections.cpp fits the ${#captured[@]} sections of the application; naming them \"section\""
    local index=0
    for number in "${captured[@]}"; do
        mv -- "$work_dir/$language-$number.png" "$out_dir/$language-$number-${names[index]:-section}.png"
        index=$((index + 1))
    done
    echo "${#captured[@]}" >"$work_dir/captured-$language"
    note "$language: captured ${#captured[@]} section(s): ${names[*]:-?}"
}

# ===========================================================================
# The webhook receiver (python3, standard library only). Answers by the path's
# first segment, as listed in the mode table given as JSON:
#   ok     200
#   flaky  500 on the first attempt of every second delivery, then 200
#   down   500 always
#   gone   410 Gone (the application deactivates the subscription)
#   slow   answers after 8 s (longer than the subscription's timeout)
# Arguments: <port file> <log file> <modes JSON>
# ===========================================================================
# shellcheck disable=SC2016 # Python source
receiver_source='
import http.server, json, os, sys, threading, time

port_file, log_file, modes = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
lock = threading.Lock()
attempts = {}


class Receiver(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def answer(self, status, body):
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except OSError:
            pass  # the client gave up (a timeout)

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        request_id = self.headers.get("X-GarageReg-Request-ID") or self.headers.get("webhook-id") or ""
        mode = modes.get(self.path.strip("/").split("/")[0], "ok")
        with lock:
            seen = attempts.setdefault(mode, {})
            attempt = seen[request_id] = seen.get(request_id, 0) + 1
            ordinal = len(seen)
            stamp = time.strftime("%H:%M:%S")
            with open(log_file, "a", encoding="utf-8") as log:
                log.write(f"{stamp} {self.path} {request_id} attempt {attempt} ({mode})\n")
        if mode == "slow":
            time.sleep(8)
            self.answer(200, {"status": "ok", "uzenet": "Fogadva (késve)"})
        elif mode == "down":
            self.answer(500, {"hiba": "Belső szerverhiba: az adatbázis nem érhető el"})
        elif mode == "gone":
            self.answer(410, {"hiba": "Ez a végpont megszűnt, a CRM-et kivezettük"})
        elif mode == "flaky" and attempt == 1 and ordinal % 2 == 0:
            self.answer(500, {"hiba": "Átmeneti hiba, kérjük, próbálja újra"})
        else:
            self.answer(200, {"status": "ok", "uzenet": "Fogadva", "request_id": request_id})

    def do_GET(self):
        self.answer(200, {"status": "ok"})


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
server.daemon_threads = True
with open(port_file + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
os.replace(port_file + ".tmp", port_file)
server.serve_forever()
'

# ===========================================================================
# Inside the private D-Bus session: keyring, receiver, seeding, captures.
# Arguments: --in-session <work dir> <demo dir> <cli> <app>
# ===========================================================================
in_session() {
    local work_dir=$1 demo_dir=$2 cli=$3 app=$4
    local database="sqlite://$demo_dir/garagereg.db"

    bus_pid_of() {
        dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.GetConnectionUnixProcessID "string:$1" 2>/dev/null | awk '{print $2}'
    }
    bus_pid_of org.freedesktop.DBus >"$work_dir/dbus.pid"
    printf %s "$GARAGEREG_KEYRING_PASSWORD" |
        env -u GARAGEREG_KEYRING_PASSWORD gnome-keyring-daemon --unlock --components=secrets >/dev/null ||
        fail "gnome-keyring-daemon did not start"
    unset GARAGEREG_KEYRING_PASSWORD
    dbus-send --session --print-reply=literal --reply-timeout=20000 --dest=org.freedesktop.DBus \
        /org/freedesktop/DBus org.freedesktop.DBus.StartServiceByName string:org.freedesktop.secrets uint32:0 >/dev/null
    local keyring_pid
    keyring_pid=$(bus_pid_of org.freedesktop.secrets)
    [[ -n "$keyring_pid" ]] || fail "no Secret Service on the session bus after unlocking gnome-keyring"
    echo "$keyring_pid" >"$work_dir/keyring.pid"

    # --- the webhook receiver ----------------------------------------------
    local modes='{"kovacs-szerviz": "ok", "slack": "flaky", "raktar": "ok", "beszerzes": "down",
                  "regi-crm": "gone", "partnerportal": "slow", "sms-kapu": "ok"}'
    python3 -c "$receiver_source" "$work_dir/receiver.port" "$work_dir/receiver.log" "$modes" \
        2>"$work_dir/receiver.err" &
    local receiver_pid=$!
    echo "$receiver_pid" >"$work_dir/receiver.pid"
    local waited=0
    until [[ -s "$work_dir/receiver.port" ]]; do
        kill -0 "$receiver_pid" 2>/dev/null || { cat "$work_dir/receiver.err" >&2; fail "the webhook receiver did not start"; }
        ((waited++ < 100)) || fail "the webhook receiver did not start within 10 s"
        sleep 0.1
    done
    local base
    base="http://127.0.0.1:$(cat "$work_dir/receiver.port")"
    note "webhook receiver on $base"

    seed_database "$work_dir" "$demo_dir" "$cli" "$database" "$base"

    kill "$receiver_pid" 2>/dev/null || true
    wait "$receiver_pid" 2>/dev/null || true
    note "the receiver got $(wc -l <"$work_dir/receiver.log") request(s)"

    # --- captures ------------------------------------------------------------
    section_name_candidates "$app" >"$work_dir/section-names"
    local language
    for language in "${languages[@]}"; do
        xvfb-run -a -s "-screen 0 ${screen_width}x${screen_height}x24" \
            bash "$script_path" --on-display "$work_dir" "$language" "$app" "$database"
    done
    kill -TERM "$keyring_pid" 2>/dev/null || true
}

# Candidate short names of the sections, one list a line, in navigation order:
# the keys of SectionInfo::all() in ui/Sections.cpp of the working tree and of
# the last commit, each only when all its keys occur (as UTF-16 string
# literals) in the application binary. on_display takes the first list with as
# many names as the application has sections.
section_name_candidates() {
    local app=$1 candidate
    for candidate in worktree HEAD; do
        local source
        if [[ $candidate == worktree ]]; then
            source=$(cat "$repo_root/ui/Sections.cpp" 2>/dev/null) || continue
        else
            source=$(git -C "$repo_root" show HEAD:ui/Sections.cpp 2>/dev/null) || continue
        fi
        python3 - "$app" "$source" <<'PYTHON' || true
import re, sys
app, source = sys.argv[1], sys.argv[2]
body = re.search(r"SectionInfo::all\(\)\s*\{.*?\{(.*?)\}", source, re.S)
keys = dict(re.findall(r'case Section::(\w+):\s*return QStringLiteral\("([^"]+)"\);', source)[::-1])
if not body:
    sys.exit(1)
order = re.findall(r"Section::(\w+)", body.group(1))
if not order or any(name not in keys for name in order):
    sys.exit(1)
binary = open(app, "rb").read()
if any(keys[name].encode("utf-16-le") not in binary for name in order):
    sys.exit(1)
print(" ".join(keys[name] for name in order))
PYTHON
    done
}

# ---------------------------------------------------------------------------
# The demo data, entirely through the CLI.
# Arguments: <work dir> <demo dir> <cli> <database url> <receiver base url>
seed_database() {
    local work_dir=$1 demo_dir=$2 cli=$3 database=$4 base=$5
    local erp_file="$demo_dir/dummy-erp.json" cli_log="$work_dir/cli.log"

    # Runs the CLI; prints the "id" of its --json answer (nothing else of it:
    # a generated secret must not end up in a log).
    # The CLI's messages go to a log, shown when a command fails.
    cli_id() {
        local answer
        answer=$("$cli" --database "$database" --json "$@" 2>>"$cli_log") ||
            { cat "$cli_log" >&2; fail "garagereg-integrations-cli $1 $2 failed"; }
        python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])' <<<"$answer"
    }
    cli_quiet() {
        "$cli" --database "$database" "$@" >/dev/null 2>>"$cli_log" ||
            { cat "$cli_log" >&2; fail "garagereg-integrations-cli $* failed"; }
    }

    note "seeding $database"
    cli_quiet db migrate

    # --- integrations -----------------------------------------------------------
    local erp sap billingo szerviz slack raktar crm partner
    erp=$(cli_id integration add --name "Alkatrész-törzs (demó ERP)" --type erp --provider dummy \
        --endpoint "file://$erp_file")
    sap=$(cli_id integration add --name "SAP Business One – Budapesti központ" --type erp --provider sap \
        --endpoint "https://sap.kapuszerviz.example.hu/b1s/v1")
    billingo=$(cli_id integration add --name "Billingo számlázás" --type erp --provider billingo \
        --endpoint "https://api.billingo.hu/v3")
    szerviz=$(cli_id integration add --name "Kovács Kapuszerviz – munkalap-rendszer" --type webhook \
        --provider custom --endpoint "$base/kovacs-szerviz")
    slack=$(cli_id integration add --name "Slack – #szerviz-riasztasok" --type webhook --provider slack \
        --endpoint "$base/slack")
    raktar=$(cli_id integration add --name "Raktárkezelő – győri raktár" --type webhook --provider zapier \
        --endpoint "$base/raktar" --rate-limit 600)
    crm=$(cli_id integration add --name "Régi ügyfélnyilvántartó (CRM)" --type webhook --provider custom \
        --endpoint "$base/regi-crm")
    partner=$(cli_id integration add --name "Partnerportál – Hörmann Hungária" --type api --provider custom \
        --endpoint "$base/partnerportal" --organization "hormann-hu")
    cli_quiet integration set-status "$billingo" inactive

    # --- subscriptions (secrets go to the keychain through an environment variable)
    local sms
    subscription() {
        local scheme=garagereg secret
        for argument in "$@"; do [[ $argument == standard-webhooks ]] && scheme=standard-webhooks; done
        if [[ $scheme == standard-webhooks ]]; then
            secret="whsec_$(head -c 32 /dev/urandom | base64 -w0)"
        else
            secret=$(random_hex 32)
        fi
        GARAGEREG_DEMO_SECRET=$secret cli_id subscription add --secret-env GARAGEREG_DEMO_SECRET "$@"
    }
    subscription --integration "$szerviz" --name "Munkalapok a szerviznek" \
        --url "$base/kovacs-szerviz/api/webhook/munkalap" \
        --events work_order.created,work_order.completed,gate.fault_detected,maintenance.scheduled >/dev/null
    subscription --integration "$slack" --name "Sürgős hibák és esedékes felülvizsgálatok" \
        --url "$base/slack/services/T04SZERVIZ/B07RIASZT" --events gate.fault_detected,gate.inspection_due \
        --filter '{"prioritas": ["magas", "kritikus"]}' --scheme standard-webhooks --retry-delays 2,30 >/dev/null
    subscription --integration "$raktar" --name "Készletváltozások a raktárnak" \
        --url "$base/raktar/hooks/keszlet" \
        --events inventory.item_created,inventory.movement,inventory.low_stock >/dev/null
    subscription --integration "$raktar" --name "Beszerzési riasztás (alacsony készlet)" \
        --url "$base/beszerzes/api/riasztas" --events inventory.low_stock --max-retries 0 >/dev/null
    subscription --integration "$crm" --name "Kapuk szinkronja a régi CRM-be" \
        --url "$base/regi-crm/kapuk" --events gate.created,gate.updated >/dev/null
    subscription --integration "$partner" --name "Karbantartási naptár (partner)" \
        --url "$base/partnerportal/naptar/esemenyek" --events maintenance.scheduled,maintenance.completed \
        --timeout 3 --retry-delays 3600 --organization "hormann-hu" --scheme standard-webhooks >/dev/null
    sms=$(subscription --integration "$szerviz" --name "Ügyfélértesítő SMS" \
        --url "$base/sms-kapu/v2/ertesites" --events work_order.completed --max-retries 5)

    # --- ERP: import the catalogue, add local parts, export, a conflict, a failure
    cli_quiet erp test-connection "$erp"
    cli_quiet erp sync --integration "$erp" --direction parts_from_erp
    cli_quiet parts add --number "ZAR-EL-12" --name "Elektromos zár 12 V" --category "Zárak" \
        --description "Szárnyaskapuhoz, kétirányú, vízálló kivitel" --unit-price 24900 --vat 27% \
        --stock 9 --min-stock 3 --supplier "Kapuautomatika Kft."
    cli_quiet parts add --number "TOM-SZ-40" --name "Gumitömítés szekcionált kapuhoz 40 mm" --category "Tömítések" \
        --unit m --unit-price 1890 --vat 27% --stock 120 --min-stock 50 --supplier "Gumiprofil Bt."
    cli_quiet parts add --number "GKR-80" --name "Görgős kocsi garázskapu-sínhez" --category "Mechanika" \
        --unit-price 12.40 --currency EUR --vat EU --stock 2 --min-stock 8 --supplier "Hörmann Hungária Kft."
    cli_quiet parts add --number "SZK-ACEL-5" --name "Acél sodronykötél 5 mm" --category "Mechanika" \
        --unit m --unit-price 990 --vat 27% --stock 40 --min-stock 25
    cli_quiet erp sync --integration "$erp" --direction parts_to_erp
    # Stock used on jobs; two parts fall below their minimum (inventory.low_stock).
    cli_quiet parts set "FC-PAR" --min-stock 5 --stock 3
    cli_quiet parts set "SZK-ACEL-5" --stock 18
    cli_quiet parts set "VL-24" --min-stock 4 --stock 6
    # Both sides change the same part: the manual policy queues a conflict.
    cli_quiet parts set "KM-800" --unit-price 92900
    python3 - "$erp_file" <<'PYTHON' || fail "could not edit the dummy ERP's file"
import json, sys
path = sys.argv[1]
with open(path, encoding="utf-8") as f:
    erp = json.load(f)
for part in erp["parts"]:
    if part["part_number"] == "KM-800":
        part["unit_price_minor"] = 94900
        part["stock_quantity"] = 4
        part.pop("etag", None)
        part.pop("modified_at", None)
with open(path, "w", encoding="utf-8") as f:
    json.dump(erp, f, ensure_ascii=False, indent=4)
PYTHON
    "$cli" --database "$database" erp sync --integration "$erp" --direction bidirectional \
        --conflict-policy manual >/dev/null 2>>"$cli_log" || true
    # SAP is not supported yet: a failed run in the history.
    "$cli" --database "$database" erp sync --integration "$sap" --direction parts_from_erp >/dev/null 2>>"$cli_log" || true
    note "ERP: $(grep -c '^Sync [0-9]*:' "$cli_log") sync runs, $(grep -c 'low_stock raised' "$cli_log") low-stock events"

    # --- events -------------------------------------------------------------------
    event() {
        local type=$1 entity=$2 payload=$3
        shift 3
        cli_quiet event trigger "$type" --entity-id "$entity" --payload "$payload" "$@"
    }
    event gate.created KAPU-2026-0412 '{"kapu_azonosito": "KAPU-2026-0412", "tipus": "szekcionált garázskapu", "gyarto": "Hörmann", "modell": "LPU 42", "telephely": {"varos": "Győr", "cim": "Szent István út 12."}, "ugyfel": "Nagy Péter", "telepitve": "2026-11-28"}'
    event gate.created KAPU-2026-0413 '{"kapu_azonosito": "KAPU-2026-0413", "tipus": "tolókapu", "gyarto": "Nice", "modell": "Robus 600", "telephely": {"varos": "Budapest", "cim": "Váci út 178."}, "ugyfel": "Duna Logisztika Kft.", "telepitve": "2026-11-29"}'
    event gate.updated KAPU-2025-0871 '{"kapu_azonosito": "KAPU-2025-0871", "valtozas": {"motor": "KM-800", "tavirányito": "TR-433-4"}, "telephely": {"varos": "Debrecen", "cim": "Piac utca 45."}}'
    event gate.inspection_due KAPU-2024-0117 '{"kapu_azonosito": "KAPU-2024-0117", "esedekes": "2026-12-15", "prioritas": "magas", "ok": "éves biztonsági felülvizsgálat (MSZ EN 12453)", "telephely": {"varos": "Szeged", "cim": "Kossuth Lajos sugárút 21."}}'
    event gate.inspection_due KAPU-2023-0950 '{"kapu_azonosito": "KAPU-2023-0950", "esedekes": "2027-01-10", "prioritas": "normal", "ok": "féléves karbantartás"}'
    event gate.fault_detected KAPU-2025-0233 '{"kapu_azonosito": "KAPU-2025-0233", "hibakod": "E07", "leiras": "A fotocella nem ad jelet, a kapu nem zár.", "prioritas": "kritikus", "telephely": {"varos": "Budapest", "cim": "Fehérvári út 84."}}'
    event gate.fault_detected KAPU-2024-0561 '{"kapu_azonosito": "KAPU-2024-0561", "hibakod": "E12", "leiras": "A motor túlmelegedett, hőkioldás.", "prioritas": "magas", "telephely": {"varos": "Pécs", "cim": "Rákóczi út 3."}}'
    event gate.fault_detected KAPU-2022-0318 '{"kapu_azonosito": "KAPU-2022-0318", "hibakod": "W02", "leiras": "Gyenge akkumulátor a vezérlőben.", "prioritas": "alacsony"}'
    event gate.fault_detected KAPU-2026-0044 '{"kapu_azonosito": "KAPU-2026-0044", "hibakod": "E03", "leiras": "Rugótörés, a kapu nem emelhető.", "prioritas": "kritikus", "telephely": {"varos": "Győr", "cim": "Baross Gábor út 9."}}'
    event work_order.created MUN-2026-1187 '{"munkalap": "MUN-2026-1187", "kapu_azonosito": "KAPU-2025-0233", "szerelo": "Szabó Gábor", "idopont": "2026-12-03T08:00:00+01:00", "feladatok": ["fotocella cseréje", "beállítás"]}'
    event work_order.created MUN-2026-1188 '{"munkalap": "MUN-2026-1188", "kapu_azonosito": "KAPU-2026-0044", "szerelo": "Tóth Eszter", "idopont": "2026-12-03T13:30:00+01:00", "feladatok": ["rugócsere", "kiegyensúlyozás"]}'
    event work_order.completed MUN-2026-1179 '{"munkalap": "MUN-2026-1179", "kapu_azonosito": "KAPU-2025-0871", "szerelo": "Kiss Balázs", "munkaido_perc": 95, "felhasznalt_alkatreszek": [{"cikkszam": "KM-800", "mennyiseg": 1}, {"cikkszam": "TR-433-4", "mennyiseg": 2}]}'
    event work_order.completed MUN-2026-1181 '{"munkalap": "MUN-2026-1181", "kapu_azonosito": "KAPU-2024-0561", "szerelo": "Szabó Gábor", "munkaido_perc": 40, "felhasznalt_alkatreszek": [{"cikkszam": "FC-PAR", "mennyiseg": 1}]}'
    event inventory.movement FC-PAR '{"cikkszam": "FC-PAR", "mennyiseg": -1, "ok": "beépítés", "munkalap": "MUN-2026-1181", "raktar": "Győr"}'
    event inventory.movement TR-433-4 '{"cikkszam": "TR-433-4", "mennyiseg": 20, "ok": "beszerzés", "szallito": "Kapuautomatika Kft.", "raktar": "Győr"}'
    event maintenance.scheduled KAPU-2024-0117 '{"kapu_azonosito": "KAPU-2024-0117", "idopont": "2026-12-12T09:00:00+01:00", "szerelo": "Tóth Eszter"}' --organization hormann-hu
    event maintenance.completed KAPU-2023-0950 '{"kapu_azonosito": "KAPU-2023-0950", "eredmeny": "megfelelt", "kovetkezo": "2027-06-10"}' --organization hormann-hu

    # The SMS gateway is paused while a contract is renewed: what waited for it expires.
    cli_quiet subscription set-status "$sms" inactive

    # --- deliver ------------------------------------------------------------------
    "$cli" --database "$database" worker --verbose 2>"$work_dir/worker.log" &
    local worker_pid=$!
    echo "$worker_pid" >"$work_dir/worker.pid"
    # Done when nothing is pending and no retry is due within ten minutes (the
    # partner portal's retries wait an hour and stay "retrying").
    local deadline=$((SECONDS + 120)) settled=false
    while ((SECONDS < deadline)); do
        sleep 1
        kill -0 "$worker_pid" 2>/dev/null || { cat "$work_dir/worker.log" >&2; fail "the worker stopped"; }
        if "$cli" --database "$database" --json deliveries list --limit 100000 2>/dev/null | python3 -c '
import datetime, json, sys
now = datetime.datetime.now(datetime.timezone.utc)
for d in json.load(sys.stdin):
    if d["status"] == "pending":
        sys.exit(1)
    if d["status"] == "retrying" and d["next_retry_at"]:
        due = datetime.datetime.fromisoformat(d["next_retry_at"].replace("Z", "+00:00"))
        if (due - now).total_seconds() < 600:
            sys.exit(1)
'; then
            settled=true
            break
        fi
    done
    kill -TERM "$worker_pid" 2>/dev/null || true
    wait "$worker_pid" 2>/dev/null || true
    $settled || fail "the deliveries did not settle within 120 s (see the worker's log)"
    note "$(tail -n 1 "$work_dir/worker.log")"
    "$cli" --database "$database" metrics 2>/dev/null | sed -n '1,12p' | sed 's/^/    /' >&2 || true
}

if [[ "${1:-}" == "--on-display" ]]; then
    shift
    on_display "$@"
    exit
fi
if [[ "${1:-}" == "--in-session" ]]; then
    shift
    in_session "$@"
    exit
fi

# ===========================================================================
# The outer script: checks, the temporary folder, the session, cleanup.
# ===========================================================================
if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
    awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$script_path"
    exit 0
fi

build_dir=${1:-build}
[[ "$build_dir" = /* ]] || build_dir="$repo_root/$build_dir"
cli="$build_dir/app/garagereg-integrations-cli"
app="$build_dir/app/garagereg-integrations"
for binary in "$app" "$cli"; do
    [[ -x "$binary" ]] || fail "$binary does not exist; build it first:
    cmake -S $repo_root -B $build_dir -G Ninja && cmake --build $build_dir --target garagereg-integrations garagereg-integrations-cli
(this script builds nothing)."
done
missing=()
for tool in python3 dbus-run-session dbus-send gnome-keyring-daemon xvfb-run xauth xwininfo xdotool import convert timeout; do
    command -v "$tool" >/dev/null || missing+=("$tool")
done
((${#missing[@]} == 0)) || fail "missing tools: ${missing[*]} (scripts/install-deps.sh installs them)."
session_timeout=${GARAGEREG_SCREENSHOTS_TIMEOUT:-900}
out_dir="$repo_root/docs/screenshots"

# True while the process exists and is not a zombie.
process_running() {
    local state
    state=$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null) && [[ -n "$state" && "${state:0:1}" != Z ]]
}

# Stops a process we started (recorded by id), checking its name against a
# recycled id, and waits (bounded) until it is gone.
stop_process() {
    local pid=$1 name=$2
    [[ -n "$pid" ]] && process_running "$pid" || return 0
    [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" == "$name"* ]] || return 0
    kill -TERM "$pid" 2>/dev/null || return 0
    local deadline=$((SECONDS + 10))
    while process_running "$pid"; do
        if ((SECONDS >= deadline)); then
            kill -KILL "$pid" 2>/dev/null
            return 0
        fi
        sleep 0.1
    done
}

# True while a process of the group exists that is not a zombie.
group_running() {
    local stat line state pgrp
    for stat in /proc/[0-9]*/stat; do
        { read -r line <"$stat"; } 2>/dev/null || continue
        read -r state _ pgrp _ <<<"${line##*) }"
        [[ "$pgrp" == "$1" && "$state" != Z ]] && return 0
    done
    return 1
}

# timeout(1) leads its own process group: dbus-run-session, dbus-daemon, the
# receiver, the CLI, the worker, xvfb-run, Xvfb and the application.
stop_session() {
    local pgid=$1
    kill -0 "$pgid" 2>/dev/null || group_running "$pgid" || return 0
    kill -TERM -- "-$pgid" 2>/dev/null || kill -TERM "$pgid" 2>/dev/null
    local deadline=$((SECONDS + 15))
    while group_running "$pgid"; do
        if ((SECONDS >= deadline)); then
            kill -KILL -- "-$pgid" 2>/dev/null
            break
        fi
        sleep 0.1
    done
    wait "$pgid" 2>/dev/null || true
}

work_dir=""
demo_dir=""
own_demo_dir=false
session_pid=""
cleanup() {
    local status=$?
    trap - EXIT INT TERM HUP
    set +e
    [[ -n "$session_pid" ]] && stop_session "$session_pid"
    if [[ -n "$work_dir" ]]; then
        # The keyring daemon leaves the session's process group; the others are
        # normally gone with it.
        stop_process "$(cat "$work_dir/keyring.pid" 2>/dev/null)" gnome-keyring-d
        stop_process "$(cat "$work_dir/worker.pid" 2>/dev/null)" garagereg-integ
        stop_process "$(cat "$work_dir/receiver.pid" 2>/dev/null)" python3
        stop_process "$(cat "$work_dir/dbus.pid" 2>/dev/null)" dbus-daemon
        rm -rf -- "$work_dir"
    fi
    if $own_demo_dir; then
        rm -rf -- "$demo_dir"
    fi
    exit "$status"
}
on_signal() {
    note "interrupted"
    exit 130
}
trap cleanup EXIT
trap on_signal INT TERM HUP

started=$SECONDS
work_dir=$(mktemp -d /tmp/garagereg-screenshots.XXXXXXXX)
mkdir -p "$work_dir/home/.local/share" "$work_dir/home/.config" "$work_dir/home/.cache" \
    "$work_dir/run" "$work_dir/tmp" "$work_dir/shots"
chmod 700 "$work_dir" "$work_dir/home" "$work_dir/run" "$work_dir/tmp"
# The application's status bar shows the database's path: a fixed one keeps the
# pictures free of a random name. mkdir is atomic, so two runs never share it.
if mkdir -m 700 /tmp/garagereg-demo 2>/dev/null; then
    demo_dir=/tmp/garagereg-demo
    own_demo_dir=true
else
    note "warning: /tmp/garagereg-demo exists (another run, or one that was killed); using a random path"
    demo_dir="$work_dir/demo"
    mkdir -m 700 "$demo_dir"
fi

# A private home, no display and no session bus of the caller's; Budapest time
# and a fixed locale so that both runs format alike.
export HOME="$work_dir/home"
export XDG_RUNTIME_DIR="$work_dir/run"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
export TMPDIR="$work_dir/tmp"
export QT_QPA_PLATFORM=xcb
export LANG=C.UTF-8 TZ=Europe/Budapest
unset LC_ALL LANGUAGE DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS GARAGEREG_DATABASE XAUTHORITY

note "using $build_dir; working in $work_dir"
status=0
GARAGEREG_KEYRING_PASSWORD=$(random_hex 16) timeout --kill-after=30 "$session_timeout" \
    dbus-run-session -- bash "$script_path" --in-session "$work_dir" "$demo_dir" "$cli" "$app" &
session_pid=$!
wait "$session_pid" || status=$?
stop_session "$session_pid"
session_pid=""
if ((status == 124 || status == 137)); then
    fail "timed out after ${session_timeout} s (GARAGEREG_SCREENSHOTS_TIMEOUT)"
fi
((status == 0)) || fail "the run failed (exit status $status); docs/screenshots was left as it was"
for language in "${languages[@]}"; do
    [[ -s "$work_dir/captured-$language" ]] || fail "no captures for $language"
done

mkdir -p "$out_dir"
for language in "${languages[@]}"; do
    rm -f -- "$out_dir/$language"-*.png
done
cp -- "$work_dir"/shots/*.png "$out_dir/"
note "wrote $(find "$work_dir/shots" -name '*.png' | wc -l) screenshots in $((SECONDS - started)) s:"
(cd "$out_dir" && for language in "${languages[@]}"; do ls -l -- "$language"-*.png; done) |
    awk '{ printf "    %-40s %6.1f KiB\n", $NF, $5 / 1024 }' >&2
