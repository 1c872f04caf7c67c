package analytics

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/tuopin/tuopin/kg"
)

// Jobs runs analyses in the background for the server's analyzeGraph
// mutation, one at a time, and keeps the status of the latest one.
type Jobs struct {
	store  kg.Projector
	params Params
	log    *slog.Logger

	mu   sync.Mutex
	seq  int
	cur  *kg.AnalysisJob
	done chan struct{}
	// After, when set, is called with the report of each finished job.
	After func(*Report, error)
}

// NewJobs returns a job runner over s.
func NewJobs(s kg.Projector, p Params, log *slog.Logger) *Jobs {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Jobs{store: s, params: p, log: log}
}

// Start starts an analysis unless one is running, and returns the status
// of the running one.
func (j *Jobs) Start(ctx context.Context) (kg.AnalysisJob, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.cur != nil && j.cur.State == kg.JobRunning {
		return *j.cur, nil
	}
	j.seq++
	j.cur = &kg.AnalysisJob{ID: fmt.Sprintf("analysis-%d-%d", time.Now().Unix(), j.seq), State: kg.JobRunning,
		Stage: Stages[0], StartedAt: time.Now().UTC()}
	j.done = make(chan struct{})
	job, done := j.cur, j.done
	// The job outlives the request that started it.
	go func() {
		defer close(done)
		rep, err := Run(context.WithoutCancel(ctx), j.store, j.params, func(st Stage) {
			j.mu.Lock()
			job.Stage, job.Progress = st.Name, st.Fraction()
			j.mu.Unlock()
		})
		j.mu.Lock()
		now := time.Now().UTC()
		job.FinishedAt = &now
		if err != nil {
			job.State, job.Error = kg.JobFailed, err.Error()
			j.log.Error("analysis failed", "job", job.ID, "err", err)
		} else {
			job.State, job.Progress = kg.JobDone, 1
			j.log.Info("analysis done", "job", job.ID, "nodes", rep.Nodes, "relationships", rep.Relationships, "total", rep.Total)
		}
		after := j.After
		j.mu.Unlock()
		if after != nil {
			after(rep, err)
		}
	}()
	return *job, nil
}

// Latest returns the status of the latest job (nil when none was started).
func (j *Jobs) Latest() *kg.AnalysisJob {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.cur == nil {
		return nil
	}
	c := *j.cur
	return &c
}

// Wait blocks until the latest job has finished (for tests and shutdown).
func (j *Jobs) Wait(ctx context.Context) error {
	j.mu.Lock()
	done := j.done
	j.mu.Unlock()
	if done == nil {
		return nil
	}
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
