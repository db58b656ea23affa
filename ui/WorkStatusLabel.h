#pragma once

#include <QLabel>

#include <optional>

namespace garagereg {

struct GuiServices;

// The status bar's view of webhook work: how many deliveries wait to go out
// and who delivers them (this application, or a worker elsewhere). It follows
// GuiServices::liveUpdates, so a headless worker's progress shows here too.
class WorkStatusLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WorkStatusLabel(GuiServices &services, QWidget *parent = nullptr);

    // Re-reads the number of deliveries waiting.
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    GuiServices &m_services;
    std::optional<qint64> m_waiting;
    QString m_error;
};

} // namespace garagereg
