#include <QtTest>
class Placeholder : public QObject
{
    Q_OBJECT
private slots:
    void nothing() {}
};
QTEST_APPLESS_MAIN(Placeholder)
#include "tst_quantityparser.moc"
