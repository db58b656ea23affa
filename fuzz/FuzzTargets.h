#pragma once

#include <QByteArrayView>
#include <QList>

namespace garagereg::fuzz {

// The parsers that read outside input, each behind one "feed one input"
// function. The libFuzzer harnesses (fuzz/FuzzerMain.cpp, GARAGEREG_FUZZ=ON)
// and the corpus replay test (tests/fuzz/tst_fuzz_corpus.cpp, every build)
// call the same functions, so they cannot drift apart.
//
// A feed function returns whether the parser accepted the input. A refusal
// must come as garagereg::Error or as the parser's own clean error result;
// the feed function turns that into Outcome::Rejected. Any other exception
// escapes (libFuzzer and the test report it), and a broken invariant (a
// round trip that changes the value, a verification of a fresh signature that
// fails, a REST answer that is not JSON) ends the process through violated().
enum class Outcome { Accepted, Rejected };

using FeedFunction = Outcome (*)(QByteArrayView input);

struct Target
{
    const char *name; // also the corpus folder: fuzz/corpus/<name>/
    FeedFunction feed;
};

// Every harness, in a fixed order.
const QList<Target> &targets();

// Input formats: see docs/reliability.md ("Fuzzing") and the seeds in fuzz/corpus/.
Outcome feedEventFilter(QByteArrayView input);      // filter JSON, "\n---\n", payload JSON
Outcome feedEventPayload(QByteArrayView input);     // payload text as the CLI, GUI and REST API get it
Outcome feedHttpDates(QByteArrayView input);        // a Retry-After / HTTP-date header value
Outcome feedDatabaseUrl(QByteArrayView input);      // a database URL (UTF-8)
Outcome feedWebhookSignature(QByteArrayView input); // scheme, secret, id, timestamp, header lines, then the body
Outcome feedDummyErpState(QByteArrayView input);    // a dummy ERP state file
Outcome feedRestApi(QByteArrayView input);
Outcome feedErpRecord(QByteArrayView input); // a record from an ERP's REST API, through a profile          // one or
                                             // more HTTP requests for the REST API

// Prints what broke and for which target, then aborts (a crash for libFuzzer
// and for the replay test alike).
[[noreturn]] void violated(const char *target, const char *what);

} // namespace garagereg::fuzz
