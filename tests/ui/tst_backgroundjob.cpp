#include "BackgroundJob.h"
#include "ReextractController.h"
#include "SeedCorpus.h"

#include <QPointer>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QWidget>

#include <atomic>

using namespace rs;

namespace {

// Runs until asked to stop, on whatever thread it was moved to.
class LoopWorker : public QObject
{
    Q_OBJECT

public:
    std::atomic<bool> stop{false};
    QThread* ranOn = nullptr;

    void run()
    {
        ranOn = QThread::currentThread();
        while (!stop)
            QThread::msleep(5);
        Q_EMIT finished();
    }

Q_SIGNALS:
    void finished();
};

} // namespace

// The import and re-extract controllers run their workers through one BackgroundJob.
class TestBackgroundJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsOffTheGuiThreadAndEndsOnFinish()
    {
        QWidget window;
        BackgroundJob job(&window, QStringLiteral("Test"));
        QPointer<LoopWorker> worker = new LoopWorker;
        connect(worker, &LoopWorker::finished, &job, &BackgroundJob::finish);
        bool cancelled = false;
        job.start(
            worker, QStringLiteral("Working…"), [w = worker.data()] { w->run(); },
            [&cancelled, w = worker.data()] {
                cancelled = true;
                w->stop = true;
            });
        QVERIFY(job.isRunning());
        job.setProgress(1, 3, QStringLiteral("one of three"));
        QTRY_VERIFY(worker && worker->ranOn != nullptr);
        QVERIFY(worker->ranOn != QThread::currentThread());
        auto* dialog = window.findChild<QProgressDialog*>();
        QVERIFY(dialog);
        Q_EMIT dialog->canceled(); // Cancel asks the worker to stop; its finished signal ends the job
        QVERIFY(cancelled);
        job.waitForFinished();
        QVERIFY(!job.isRunning());
        QTRY_VERIFY(worker.isNull()); // deleted with its thread
    }

    void reextractionRunsThroughIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("seeds.sqlite"));
        {
            Database database;
            QVERIFY(database.openSqlite(path));
            QCOMPARE(importSeeds(database), 5);
        }
        QWidget window;
        ReextractController controller(&window);
        QSignalSpy finished(&controller, &ReextractController::finished);
        controller.start(path);
        QVERIFY(controller.isRunning());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toInt(), 5); // every report
        QVERIFY(finished.first().at(1).toInt() > 0); // with its figures
        QVERIFY(!controller.isRunning());
    }
};

QTEST_MAIN(TestBackgroundJob)
#include "tst_backgroundjob.moc"
