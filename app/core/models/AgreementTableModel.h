#pragma once

#include "annotations/AgreementCalculator.h"
#include "export/ExportTable.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QStringList>
#include <QVector>

namespace rs {

// An agreement table: one row per tag (and the pooled row of every tag last), or one row per report of a
// tag; the coders, the units compared, percent agreement, Cohen's κ and Krippendorff's α. An undefined
// figure shows as a dash with the reason in its tooltip, and is an empty cell in exports.
class AgreementTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LabelColumn, // the tag, or the report
        CodersColumn,
        UnitsColumn,
        PercentColumn,
        KappaColumn,
        AlphaColumn,
        ColumnCount
    };
    enum Role
    {
        TagIdRole = Qt::UserRole + 1,
        ArticleIdRole,
        SortRole // numbers as numbers, undefined below every number
    };
    enum class Rows
    {
        Tags,
        Reports,
        Pairs // each pair of coders, when there are three or more
    };

    explicit AgreementTableModel(QObject* parent = nullptr);

    // Tags: the result's tags and its overall row; Reports, Pairs: the reports, or the pairs of coders, of
    // one tag (0: every tag).
    void setResult(const AgreementResult& result, Rows rows = Rows::Tags, qint64 tagId = 0);
    void clear();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const AgreementRow* row(int row) const;
    Rows rows() const { return m_kind; }

    // The table for XLSX: raw numbers, empty cells where undefined.
    ExportTable table(const QString& name) const;
    // UTF-8 with a byte order mark; header "tag,report_id,report,coders,level,units,percent,kappa,alpha".
    QByteArray csv() const;
    bool write(const QString& path, bool xlsx, QString* error) const;

private:
    QString label(const AgreementRow& row) const;

    Rows m_kind = Rows::Tags;
    QVector<AgreementRow> m_rows;
    QStringList m_coders;
    AgreementLevel m_level = AgreementLevel::Character;
};

} // namespace rs
