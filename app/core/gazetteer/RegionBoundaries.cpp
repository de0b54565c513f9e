#include "RegionBoundaries.h"

#include "Gazetteer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace rs {
namespace {

using Ring = QVector<QPointF>; // lon, lat

bool readRing(const QJsonArray& coordinates, Ring* ring)
{
    ring->clear();
    ring->reserve(coordinates.size());
    for (const QJsonValue& point : coordinates) {
        const QJsonArray pair = point.toArray();
        if (pair.size() < 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble())
            return false;
        const double lon = pair.at(0).toDouble();
        const double lat = pair.at(1).toDouble();
        if (!std::isfinite(lon) || !std::isfinite(lat) || std::abs(lon) > 180 || std::abs(lat) > 90)
            return false;
        ring->append(QPointF(lon, lat));
    }
    return ring->size() >= 3;
}

// Polygon: [ring, hole...]; MultiPolygon: [[ring, hole...], ...].
bool readGeometry(const QJsonObject& geometry, QVector<Ring>* rings)
{
    const QString type = geometry.value(QStringLiteral("type")).toString();
    const QJsonArray coordinates = geometry.value(QStringLiteral("coordinates")).toArray();
    QVector<QJsonArray> polygons;
    if (type == QLatin1String("Polygon")) {
        polygons.append(coordinates);
    } else if (type == QLatin1String("MultiPolygon")) {
        for (const QJsonValue& polygon : coordinates)
            polygons.append(polygon.toArray());
    } else {
        return false;
    }
    for (const QJsonArray& polygon : std::as_const(polygons)) {
        for (const QJsonValue& coordinatesOfRing : polygon) {
            Ring ring;
            if (!readRing(coordinatesOfRing.toArray(), &ring))
                return false;
            rings->append(ring);
        }
    }
    return !rings->isEmpty();
}

QString codeText(const QJsonValue& value)
{
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return value.toString().trimmed();
}

} // namespace

QStringList RegionBoundaries::codes() const
{
    QStringList list = m_shapes.keys();
    list.sort();
    return list;
}

bool RegionBoundaries::load(const QString& path, const Gazetteer& gazetteer, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1 cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    return loadFromBytes(file.readAll(), gazetteer, error);
}

bool RegionBoundaries::loadFromBytes(const QByteArray& json, const Gazetteer& gazetteer, QString* error)
{
    m_shapes.clear();
    m_unmatched.clear();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = tr("not GeoJSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("type")).toString() != QLatin1String("FeatureCollection")) {
        if (error)
            *error = tr("not a GeoJSON FeatureCollection");
        return false;
    }
    m_source = root.value(QStringLiteral("source")).toString();
    m_approval = root.value(QStringLiteral("approval")).toString();
    if (m_approval.isEmpty())
        m_approval = root.value(QStringLiteral("审图号")).toString();

    // Names of regions under a parent, for features without a usable code.
    const auto byNameAndParent = [&](const QString& name, const QString& parent) -> QString {
        for (const Region& region : gazetteer.all()) {
            if (region.name != name)
                continue;
            const Region up = gazetteer.parent(region.code);
            if (parent.isEmpty() ||
                (up.isValid() && (up.name == parent || up.code == gazetteer.region(parent).code)))
                return region.code;
        }
        return QString();
    };

    struct Feature
    {
        QString code;
        QVector<Ring> rings;
    };
    QVector<Feature> features;
    double latitudeSum = 0.0;
    int points = 0;
    const QJsonArray list = root.value(QStringLiteral("features")).toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject feature = list.at(i).toObject();
        const QJsonObject properties = feature.value(QStringLiteral("properties")).toObject();
        const QString name = properties.value(QStringLiteral("name")).toString().trimmed();
        QString code;
        for (const char* keyName : {"adcode", "code", "region_code", "gb"}) {
            const QString text = codeText(properties.value(QLatin1String(keyName)));
            if (text.size() == 6 && gazetteer.region(text).isValid()) {
                code = gazetteer.region(text).code;
                break;
            }
        }
        if (code.isEmpty() && !name.isEmpty()) {
            const QJsonValue parentValue = properties.value(QStringLiteral("parent"));
            QString parent = parentValue.isObject()
                                 ? codeText(parentValue.toObject().value(QStringLiteral("adcode")))
                                 : codeText(parentValue);
            if (parent.isEmpty())
                parent = properties.value(QStringLiteral("parent_name")).toString().trimmed();
            code = byNameAndParent(name, parent);
        }
        if (code.isEmpty()) {
            m_unmatched.append(
                {i, name, tr("no known 6-digit code, and no region of that name under its parent")});
            continue;
        }
        Feature parsed;
        parsed.code = code;
        if (!readGeometry(feature.value(QStringLiteral("geometry")).toObject(), &parsed.rings)) {
            m_unmatched.append(
                {i, name.isEmpty() ? code : name,
                 tr("the geometry is not a Polygon or MultiPolygon of longitude, latitude pairs")});
            continue;
        }
        for (const Ring& ring : std::as_const(parsed.rings)) {
            for (const QPointF& point : ring)
                latitudeSum += point.y();
            points += int(ring.size());
        }
        features.append(parsed);
    }
    if (features.isEmpty()) {
        if (error)
            *error = list.isEmpty()
                         ? tr("the file has no features")
                         : tr("no feature could be matched to a region (%1 features)").arg(list.size());
        return false;
    }
    const double shrink = std::cos(latitudeSum / std::max(1, points) * M_PI / 180.0);
    for (const Feature& feature : std::as_const(features)) {
        QPainterPath& path = m_shapes[feature.code];
        path.setFillRule(Qt::OddEvenFill); // holes stay holes
        for (const Ring& ring : feature.rings) {
            QPolygonF polygon;
            polygon.reserve(ring.size());
            for (const QPointF& point : ring)
                polygon.append(QPointF(point.x() * shrink, -point.y()));
            path.addPolygon(polygon);
            path.closeSubpath();
        }
    }
    return true;
}

} // namespace rs
