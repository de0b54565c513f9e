#pragma once

#include "storage/ArticleDetailsStore.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rs {

// Edit Details…: the title, publication date and source of a report as the analyst says they are.
// Each field shows what was detected, and Restore Detected puts those values back.
class ReportDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    ReportDetailsDialog(const ReportDetails& current, const ReportDetails& detected,
                        QWidget* parent = nullptr);

    ReportDetails details() const;

private:
    void fill(const ReportDetails& details);
    void updateAcceptable();

    ReportDetails m_detected;
    QLineEdit* m_title;
    QCheckBox* m_hasDate;
    QDateEdit* m_date;
    QLineEdit* m_source;
    QLabel* m_problem;
    QPushButton* m_ok = nullptr;
};

} // namespace rs
