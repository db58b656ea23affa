#pragma once

#include "ui/Page.h"

#include <QJsonObject>
#include <QTimer>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace garagereg {

struct GuiServices;

// Raises an event by hand: type, JSON payload (checked as it is typed),
// organization and entity id. Before sending it lists the subscriptions that
// will receive it; Send stores the event and queues one delivery per recipient.
class TriggerEventPage : public Page
{
    Q_OBJECT

public:
    static constexpr int recipientsDelayMs = 250;

    explicit TriggerEventPage(GuiServices &services, QWidget *parent = nullptr);

    void setRowCounts(const RowCounts &counts) override;

    bool canSend() const;
    QString problemText() const;
    QString resultText() const;
    // The names of the subscriptions the event would reach now.
    QStringList recipientNames() const;
    // Re-reads the recipients at once (normally done shortly after typing stops).
    void updateRecipients();

public Q_SLOTS:
    void send();

protected:
    void retranslateUi() override;

private:
    void validate();
    std::optional<QJsonObject> payload(QString *error) const;

    GuiServices &m_services;
    QComboBox *m_eventType = nullptr;
    QLabel *m_eventDescription = nullptr;
    QPlainTextEdit *m_payload = nullptr;
    QLineEdit *m_organization = nullptr;
    QLineEdit *m_entity = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_recipientsHeading = nullptr;
    QListWidget *m_recipients = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_result = nullptr;
    QList<QLabel *> m_labels;
    QTimer m_recipientsTimer;
};

} // namespace garagereg
