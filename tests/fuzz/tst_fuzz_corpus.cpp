#include "fuzz/FuzzTargets.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <exception>

using namespace garagereg::fuzz;

// Replays the fuzzing corpus (fuzz/corpus/<harness>/: seeds and the inputs the
// fuzzers kept) through the same feed functions the libFuzzer harnesses call.
// A crash or a broken invariant aborts the test; a refused input must be a
// clean refusal, never an exception escaping the parser.
class TestFuzzCorpus : public QObject
{
    Q_OBJECT

    static QDir corpusDir(const Target &target)
    {
        return QDir(QStringLiteral(GARAGEREG_FUZZ_CORPUS_DIR "/") + QLatin1String(target.name));
    }

private slots:
    void everyHarnessHasACorpus()
    {
        for (const Target &target : targets()) {
            const QStringList files = corpusDir(target).entryList(QDir::Files);
            QVERIFY2(!files.isEmpty(), target.name);
        }
    }

    void replay_data()
    {
        QTest::addColumn<qsizetype>("target");
        QTest::addColumn<QString>("path");
        for (qsizetype i = 0; i < targets().size(); ++i) {
            const QDir dir = corpusDir(targets().at(i));
            for (const QString &file : dir.entryList(QDir::Files, QDir::Name))
                QTest::addRow("%s/%s", targets().at(i).name, qPrintable(file)) << i << dir.filePath(file);
        }
    }

    void replay()
    {
        QFETCH(qsizetype, target);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        const QByteArray input = file.readAll();
        // A crash or a broken invariant aborts at once: this line names the input.
        qInfo("replaying %s", qPrintable(QDir(QStringLiteral(GARAGEREG_FUZZ_CORPUS_DIR)).relativeFilePath(path)));
        try {
            targets().at(target).feed(input);
        } catch (const std::exception &error) {
            QFAIL(qPrintable(QStringLiteral("an exception escaped the parser: ") + QString::fromUtf8(error.what())));
        } catch (...) {
            QFAIL("an exception that is not a std::exception escaped the parser");
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzz_corpus.moc"
