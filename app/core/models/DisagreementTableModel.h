#pragma once

#include "annotations/AgreementCalculator.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

namespace rs {

// The passages where coders differ, side by side: the report, the tag, the passage, then one column per
// coder with what that coder coded of it with the tag ("not coded" when nothing; "did not code this
// report" when the coder made no annotation in it), to discuss and resolve.
class DisagreementTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ReportColumn,
        TagColumn,
        PassageColumn,
        FirstCoderColumn
    };
    enum Role
    {
        ArticleIdRole = Qt::UserRole + 1,
        StartRole,
        EndRole
    };

    explicit DisagreementTableModel(QObject* parent = nullptr);

    // The disagreements on one tag (0: on every tag).
    void setResult(const AgreementResult& result, qint64 tagId = 0);
    void clear();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Disagreement* disagreement(int row) const;

private:
    QVector<Disagreement> m_rows;
    QStringList m_coders;
};

} // namespace rs
