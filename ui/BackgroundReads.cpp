#include "ui/BackgroundReads.h"

namespace garagereg {

BackgroundReads::BackgroundReads(QObject *parent)
    : QObject(parent)
    , m_reader(std::make_unique<QObject>())
{
    m_thread.setObjectName(QStringLiteral("BackgroundReads"));
    m_reader->moveToThread(&m_thread);
    m_thread.start();
}

BackgroundReads::~BackgroundReads()
{
    // A read in progress finishes; reads still queued are dropped, and so are the
    // results not yet handed over (their receivers are going away too).
    m_thread.quit();
    m_thread.wait();
}

} // namespace garagereg
