#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace garagereg {

// Shows a newly generated secret the one time it is ever shown, with a Copy
// button. Closing the dialog forgets it: it is never stored in plain text.
class SecretDialog : public QDialog
{
    Q_OBJECT

public:
    SecretDialog(const QString &subscriptionName, const QByteArray &secret, QWidget *parent = nullptr);
    ~SecretDialog() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_subscriptionName;
    QLabel *m_explanation = nullptr;
    QLineEdit *m_secret = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace garagereg
