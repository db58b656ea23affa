#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace garagereg {

// Help > About: the application's name, version and purpose.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_name = nullptr;
    QLabel *m_version = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_details = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace garagereg
