#pragma once

#include "models/common/Error.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace garagereg {

// Reads the database on a thread of its own, so the window paints and stays
// responsive while large tables are counted or summed (on a log of a million
// deliveries that takes seconds on PostgreSQL). The Database gives the thread
// its own connection. Results come back on this object's (the UI) thread, to a
// receiver that still exists; reads run one after the other, in order.
// Destroy it before the Database: it waits for a read in progress.
class BackgroundReads : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundReads(QObject *parent = nullptr);
    ~BackgroundReads() override;

    // `read` runs on the reading thread and may throw garagereg::Error; then
    // `failed` gets its message. `done` and `failed` run on this object's thread.
    template<typename Result>
    void run(QObject *receiver, std::function<Result()> read, std::function<void(const Result &)> done,
             std::function<void(const QString &)> failed)
    {
        QPointer<QObject> alive(receiver);
        QMetaObject::invokeMethod(
            m_reader.get(),
            [this, alive, read = std::move(read), done = std::move(done), failed = std::move(failed)] {
                auto result = std::make_shared<std::optional<Result>>();
                QString error;
                try {
                    *result = read();
                } catch (const Error &readError) {
                    error = readError.message();
                }
                QMetaObject::invokeMethod(
                    this,
                    [alive, result, error, done, failed] {
                        if (!alive)
                            return;
                        if (*result)
                            done(**result);
                        else
                            failed(error);
                    },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

private:
    QThread m_thread;
    std::unique_ptr<QObject> m_reader; // lives on m_thread
};

} // namespace garagereg
