#include "tests/support/CliProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

namespace garagereg::test {

QJsonValue CliRun::json() const
{
    const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8());
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

CliProcess::CliProcess(QString program, QProcessEnvironment environment)
    : m_program(std::move(program))
    , m_environment(std::move(environment))
{
}

std::unique_ptr<QProcess> CliProcess::start(const QStringList &arguments, const QByteArray &input) const
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(m_environment);
    process->start(m_program, arguments);
    if (!input.isNull() && process->waitForStarted())
        process->write(input);
    process->closeWriteChannel();
    return process;
}

CliRun CliProcess::run(const QStringList &arguments, const QByteArray &input, int timeoutMs) const
{
    const auto process = start(arguments, input);
    return finish(*process, timeoutMs);
}

CliRun CliProcess::finish(QProcess &process, int timeoutMs)
{
    if (process.state() != QProcess::NotRunning) {
        QSignalSpy finished(&process, &QProcess::finished);
        if (!finished.wait(timeoutMs)) {
            process.kill();
            process.waitForFinished();
        }
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace garagereg::test
