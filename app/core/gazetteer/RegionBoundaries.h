#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QPainterPath>
#include <QString>
#include <QStringList>
#include <QVector>

namespace rs {

class Gazetteer;

// Region outlines from a GeoJSON FeatureCollection the analyst provides (Regionscope bundles none:
// publishing a map of China needs an approval number, 审图号). Each feature is matched to a region by
// its 6-digit administrative code (properties adcode, code, region_code or gb), else by its name and
// its parent's name or code (properties name and parent, parent_name or parent.adcode). Polygons and
// multipolygons become one QPainterPath per region, projected (x east, y south) with longitudes
// shrunk by the cosine of the middle latitude, so shapes keep their proportions.
class RegionBoundaries
{
    Q_DECLARE_TR_FUNCTIONS(RegionBoundaries)

public:
    struct Unmatched
    {
        int feature = 0; // 0-based index in the file
        QString name;
        QString reason;
    };

    bool load(const QString& path, const Gazetteer& gazetteer, QString* error = nullptr);
    bool loadFromBytes(const QByteArray& json, const Gazetteer& gazetteer, QString* error = nullptr);

    const QHash<QString, QPainterPath>& shapes() const { return m_shapes; }
    QStringList codes() const; // sorted
    const QVector<Unmatched>& unmatched() const { return m_unmatched; }
    // The file's own "source" and "approval" (or "审图号") members, when it has them.
    QString source() const { return m_source; }
    QString approval() const { return m_approval; }
    void setSource(const QString& source) { m_source = source; }
    void setApproval(const QString& approval) { m_approval = approval; }

private:
    QHash<QString, QPainterPath> m_shapes;
    QVector<Unmatched> m_unmatched;
    QString m_source;
    QString m_approval;
};

} // namespace rs
