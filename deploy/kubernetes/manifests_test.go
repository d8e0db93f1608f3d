// Package kubernetes holds kyclint's Kubernetes manifests and, in this
// test, their check: every manifest decodes strictly into the Kubernetes
// API types, the lint Job's shards and the merge Job's inputs agree, the
// pods run locked down, and the commands they run, played here in-process
// over the sample packs, give the report one run over all of them gives.
//
// Only this test imports k8s.io/api, so it never enters the kyclint binary.
package kubernetes_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
	batchv1 "k8s.io/api/batch/v1"
	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/resource"

	"github.com/kyclint/kyclint/pkg/cli"
)

// lintDate is the date the test gives the kyclint-run ConfigMap.
const lintDate = "2026-11-26"

// A manifest is one object of a manifest file, decoded.
type manifest struct {
	where string // file and document number
	job   *batchv1.Job
	pvc   *corev1.PersistentVolumeClaim
}

// loadManifests decodes every YAML document of every manifest in this
// folder into its Kubernetes type, refusing unknown kinds and fields.
func loadManifests(t *testing.T) []manifest {
	t.Helper()
	files, err := filepath.Glob("*.y*ml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no manifest found (%v)", err)
	}
	var out []manifest
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		dec := yaml.NewDecoder(bytes.NewReader(data))
		for n := 1; ; n++ {
			var doc any
			err := dec.Decode(&doc)
			if errors.Is(err, io.EOF) {
				break
			}
			where := fmt.Sprintf("%s (document %d)", file, n)
			if err != nil {
				t.Fatalf("%s: %v", where, err)
			}
			if doc == nil {
				continue
			}
			m, err := decodeObject(doc)
			if err != nil {
				t.Fatalf("%s: %v", where, err)
			}
			m.where = where
			out = append(out, m)
		}
	}
	return out
}

// decodeObject decodes a YAML document into the API type its apiVersion
// and kind name.
func decodeObject(doc any) (manifest, error) {
	raw, err := json.Marshal(doc)
	if err != nil {
		return manifest{}, fmt.Errorf("not a JSON-compatible object: %w", err)
	}
	var head struct{ APIVersion, Kind string }
	if err := json.Unmarshal(raw, &head); err != nil {
		return manifest{}, err
	}
	var m manifest
	var into any
	switch head.APIVersion + " " + head.Kind {
	case "batch/v1 Job":
		m.job = &batchv1.Job{}
		into = m.job
	case "v1 PersistentVolumeClaim":
		m.pvc = &corev1.PersistentVolumeClaim{}
		into = m.pvc
	default:
		return m, fmt.Errorf("apiVersion %q kind %q: not a kind this test decodes; add it", head.APIVersion, head.Kind)
	}
	return m, decodeStrict(raw, into)
}

// decodeStrict decodes JSON into v, refusing fields v's type does not
// have. encoding/json matches names without regard to case, so a field
// spelt "Completions" would pass DisallowUnknownFields: every value of the
// input must also be in v encoded again, under the same name.
func decodeStrict(raw []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	back, err := json.Marshal(v)
	if err != nil {
		return err
	}
	var in, out any
	if err := json.Unmarshal(raw, &in); err != nil {
		return err
	}
	if err := json.Unmarshal(back, &out); err != nil {
		return err
	}
	return within(in, out, "")
}

// within reports the first value of a that b lacks or holds differently.
func within(a, b any, path string) error {
	switch a := a.(type) {
	case map[string]any:
		bm, ok := b.(map[string]any)
		if !ok {
			return fmt.Errorf("%s: decoded as %T, not an object", path, b)
		}
		for k, v := range a {
			bv, ok := bm[k]
			if !ok {
				return fmt.Errorf("%s.%s: no such field (lost in decoding)", path, k)
			}
			if err := within(v, bv, path+"."+k); err != nil {
				return err
			}
		}
	case []any:
		bs, ok := b.([]any)
		if !ok || len(bs) != len(a) {
			return fmt.Errorf("%s: list decoded as %v", path, b)
		}
		for i := range a {
			if err := within(a[i], bs[i], fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
	default:
		if !reflect.DeepEqual(a, b) {
			return fmt.Errorf("%s: %v decoded as %v", path, a, b)
		}
	}
	return nil
}

func TestDecodeStrictRefuses(t *testing.T) {
	for name, doc := range map[string]string{
		"unknown field":   `{"apiVersion": "batch/v1", "kind": "Job", "spec": {"completion": 4}}`,
		"misspelt case":   `{"apiVersion": "batch/v1", "kind": "Job", "spec": {"Completions": 4}}`,
		"wrong type":      `{"apiVersion": "batch/v1", "kind": "Job", "spec": {"completions": "4"}}`,
		"nested unknown":  `{"apiVersion": "batch/v1", "kind": "Job", "spec": {"template": {"spec": {"containers": [{"name": "a", "arg": ["lint"]}]}}}}`,
		"unknown kind":    `{"apiVersion": "batch/v1", "kind": "CronJob"}`,
		"bad quantity":    `{"apiVersion": "v1", "kind": "PersistentVolumeClaim", "spec": {"resources": {"requests": {"storage": "1 GiB"}}}}`,
		"unknown enumish": `{"apiVersion": "v1", "kind": "PersistentVolumeClaim", "spec": {"accessMode": ["ReadWriteMany"]}}`,
	} {
		var v any
		if err := yaml.Unmarshal([]byte(doc), &v); err != nil {
			t.Fatal(err)
		}
		if _, err := decodeObject(v); err == nil {
			t.Errorf("%s: decoded without error: %s", name, doc)
		}
	}
	var v any
	yaml.Unmarshal([]byte(`{"apiVersion": "batch/v1", "kind": "Job", "spec": {"completions": 4, "completionMode": "Indexed"}}`), &v)
	if _, err := decodeObject(v); err != nil {
		t.Errorf("a valid Job refused: %v", err)
	}
}

// jobs returns the Indexed Job that lints and the Job that merges.
func jobs(t *testing.T, ms []manifest) (lintJob, mergeJob *batchv1.Job) {
	t.Helper()
	for _, m := range ms {
		if m.job == nil {
			continue
		}
		c := kyclintContainer(t, m.job)
		switch {
		case len(c.Args) > 0 && c.Args[0] == "lint":
			if lintJob != nil {
				t.Fatalf("%s: a second lint Job", m.where)
			}
			lintJob = m.job
		case len(c.Args) > 0 && c.Args[0] == "merge":
			if mergeJob != nil {
				t.Fatalf("%s: a second merge Job", m.where)
			}
			mergeJob = m.job
		default:
			t.Fatalf("%s: a Job that runs neither kyclint lint nor kyclint merge: %q", m.where, c.Args)
		}
	}
	if lintJob == nil || mergeJob == nil {
		t.Fatalf("want a lint Job and a merge Job, found lint %v, merge %v", lintJob != nil, mergeJob != nil)
	}
	return lintJob, mergeJob
}

func kyclintContainer(t *testing.T, j *batchv1.Job) *corev1.Container {
	t.Helper()
	cs := j.Spec.Template.Spec.Containers
	if len(cs) != 1 || cs[0].Name != "kyclint" {
		t.Fatalf("job %s: want one container named kyclint, have %d", j.Name, len(cs))
	}
	if len(j.Spec.Template.Spec.InitContainers) > 0 {
		t.Fatalf("job %s: init containers are not checked by this test", j.Name)
	}
	return &cs[0]
}

// flag returns the values given to a flag (any of names) in args, as
// --name value or --name=value, and the arguments that are not flags.
func flagValues(args []string, names ...string) (values, positional []string) {
	takesValue := map[string]bool{"--no-cache": false, "--quiet": false, "-q": false, "--allow-empty": false}
	for i := 1; i < len(args); i++ {
		a := args[i]
		if !strings.HasPrefix(a, "-") {
			positional = append(positional, a)
			continue
		}
		name, value, hasValue := strings.Cut(a, "=")
		if !hasValue {
			if tv, known := takesValue[name]; !known || tv {
				if i+1 < len(args) {
					i++
					value = args[i]
				}
			}
		}
		if slices.Contains(names, name) {
			values = append(values, value)
		}
	}
	return values, positional
}

func has(args []string, flag string) bool { return slices.Contains(args[1:], flag) }

func one(t *testing.T, job string, args []string, names ...string) string {
	t.Helper()
	v, _ := flagValues(args, names...)
	if len(v) != 1 {
		t.Fatalf("job %s: want %s given once, have %q", job, names[0], v)
	}
	return v[0]
}

func TestManifests(t *testing.T) {
	ms := loadManifests(t)
	lintJob, mergeJob := jobs(t, ms)
	lc, mc := kyclintContainer(t, lintJob), kyclintContainer(t, mergeJob)

	// The shards: an Indexed Job whose completions are --shard-count, each
	// pod writing its own report.
	if lintJob.Spec.CompletionMode == nil || *lintJob.Spec.CompletionMode != batchv1.IndexedCompletion {
		t.Fatalf("lint Job: completionMode must be Indexed")
	}
	if lintJob.Spec.Completions == nil || lintJob.Spec.Parallelism == nil {
		t.Fatalf("lint Job: completions and parallelism must be set")
	}
	n := int(*lintJob.Spec.Completions)
	if p := int(*lintJob.Spec.Parallelism); p < 1 || p > n {
		t.Errorf("lint Job: parallelism %d outside 1..completions (%d)", p, n)
	}
	if one(t, "lint", lc.Args, "--shard") != "auto" {
		t.Errorf("lint Job: --shard must be auto")
	}
	if c := one(t, "lint", lc.Args, "--shard-count"); c != strconv.Itoa(n) {
		t.Errorf("lint Job: --shard-count %s but completions %d", c, n)
	}
	outMount := mountOf(t, lc, "reports")
	format := one(t, "lint", lc.Args, "-f", "--format")
	if want := "ndjson=" + outMount.MountPath + "/$(JOB_COMPLETION_INDEX).ndjson"; format != want {
		t.Errorf("lint Job: -f %s, want %s", format, want)
	}
	index := envVar(t, lc, "JOB_COMPLETION_INDEX")
	if index.ValueFrom == nil || index.ValueFrom.FieldRef == nil ||
		index.ValueFrom.FieldRef.FieldPath != "metadata.annotations['batch.kubernetes.io/job-completion-index']" {
		t.Errorf("lint Job: JOB_COMPLETION_INDEX must come from the completion index annotation, not %+v", index)
	}
	if one(t, "lint", lc.Args, "--fail-on") != "never" {
		t.Errorf("lint Job: --fail-on must be never, or a shard with failing packs fails its pod and is run again")
	}
	if !has(lc.Args, "--no-cache") {
		t.Errorf("lint Job: --no-cache: the root file system is read-only and a pod's cache dies with it")
	}
	if d := one(t, "lint", lc.Args, "--date"); !strings.HasPrefix(d, "$(") {
		t.Errorf("lint Job: --date %s: the date of the run comes from its ConfigMap, so that every shard has the same", d)
	}
	if lintJob.Spec.Template.Spec.RestartPolicy != corev1.RestartPolicyNever {
		t.Errorf("lint Job: restartPolicy must be Never (a failed shard is run again by the Job, as a new pod)")
	}

	// Resources: --jobs workers on as many CPUs, and room for kyclint's
	// soft memory limit, 24 MiB + 32 MiB per worker.
	workers, err := strconv.Atoi(one(t, "lint", lc.Args, "--jobs", "-j"))
	if err != nil || workers < 1 {
		t.Fatalf("lint Job: --jobs: %v", err)
	}
	lim, req := lc.Resources.Limits, lc.Resources.Requests
	for _, r := range []corev1.ResourceName{corev1.ResourceCPU, corev1.ResourceMemory} {
		if _, ok := lim[r]; !ok {
			t.Errorf("lint Job: no %s limit", r)
		}
		if _, ok := req[r]; !ok {
			t.Errorf("lint Job: no %s request", r)
		}
		if l, q := lim[r], req[r]; l.Cmp(q) < 0 {
			t.Errorf("lint Job: %s limit %s under its request %s", r, l.String(), q.String())
		}
	}
	if cpu := lim[corev1.ResourceCPU]; cpu.MilliValue() != int64(workers)*1000 {
		t.Errorf("lint Job: --jobs %d but a CPU limit of %s", workers, cpu.String())
	}
	soft := resource.MustParse(strconv.Itoa(24+32*workers) + "Mi")
	if mem := lim[corev1.ResourceMemory]; mem.Cmp(soft) <= 0 {
		t.Errorf("lint Job: memory limit %s at or under kyclint's own soft limit %s for %d workers", mem.String(), soft.String(), workers)
	}

	// The packs are mounted read-only, the reports volume is shared.
	packs := mountOf(t, lc, "packs")
	if !packs.ReadOnly {
		t.Errorf("lint Job: the packs volume must be mounted readOnly")
	}
	if src := volumeOf(t, lintJob, "packs").PersistentVolumeClaim; src == nil || !src.ReadOnly {
		t.Errorf("lint Job: the packs claim must be readOnly")
	}
	if _, pos := flagValues(lc.Args); len(pos) != 1 || (pos[0] != packs.MountPath && !strings.HasPrefix(pos[0], packs.MountPath+"/")) {
		t.Errorf("lint Job: lints %q, want the packs mount %s", pos, packs.MountPath)
	}
	lintClaim := volumeOf(t, lintJob, "reports").PersistentVolumeClaim
	mergeClaim := volumeOf(t, mergeJob, "reports").PersistentVolumeClaim
	if lintClaim == nil || mergeClaim == nil || lintClaim.ClaimName != mergeClaim.ClaimName {
		t.Errorf("the lint and merge Jobs must share the reports claim")
	}
	foundClaim := false
	for _, m := range ms {
		if m.pvc != nil && lintClaim != nil && m.pvc.Name == lintClaim.ClaimName {
			foundClaim = true
			if !slices.Contains(m.pvc.Spec.AccessModes, corev1.ReadWriteMany) {
				t.Errorf("%s: the reports claim must be ReadWriteMany: shards on several nodes write to it", m.where)
			}
		}
	}
	if !foundClaim {
		t.Errorf("no manifest makes the reports claim")
	}

	// merge reads one report per shard, 0 to n-1.
	if mc.Image != lc.Image {
		t.Errorf("merge runs image %s, lint %s: merge refuses shards of another kyclint version", mc.Image, lc.Image)
	}
	mergeOut := mountOf(t, mc, "reports")
	_, inputs := flagValues(mc.Args)
	var want []string
	for i := range n {
		want = append(want, fmt.Sprintf("%s/%d.ndjson", mergeOut.MountPath, i))
	}
	if !slices.Equal(inputs, want) {
		t.Errorf("merge reads %q, want the %d shards %q", inputs, n, want)
	}

	for _, j := range []*batchv1.Job{lintJob, mergeJob} {
		checkLockedDown(t, j)
		checkFailurePolicy(t, j)
	}
}

// checkFailurePolicy checks what the API server would refuse in a Job's
// pod failure policy, and that exit status 1 of lint (findings) is never
// taken for a failure to retry.
func checkFailurePolicy(t *testing.T, j *batchv1.Job) {
	t.Helper()
	pol := j.Spec.PodFailurePolicy
	if pol == nil {
		return
	}
	if j.Spec.Template.Spec.RestartPolicy != corev1.RestartPolicyNever {
		t.Errorf("job %s: a podFailurePolicy needs restartPolicy Never", j.Name)
	}
	indexed := j.Spec.CompletionMode != nil && *j.Spec.CompletionMode == batchv1.IndexedCompletion
	if j.Spec.BackoffLimitPerIndex != nil && !indexed {
		t.Errorf("job %s: backoffLimitPerIndex needs completionMode Indexed", j.Name)
	}
	for i, r := range pol.Rules {
		if r.Action == batchv1.PodFailurePolicyActionFailIndex && j.Spec.BackoffLimitPerIndex == nil {
			t.Errorf("job %s: rule %d: FailIndex needs backoffLimitPerIndex", j.Name, i)
		}
		if (r.OnExitCodes == nil) == (len(r.OnPodConditions) == 0) {
			t.Errorf("job %s: rule %d: give exactly one of onExitCodes and onPodConditions", j.Name, i)
		}
		if c := r.OnExitCodes; c != nil {
			if c.ContainerName != nil && *c.ContainerName != "kyclint" {
				t.Errorf("job %s: rule %d: container %s", j.Name, i, *c.ContainerName)
			}
			if slices.Contains(c.Values, 0) || !slices.IsSorted(c.Values) || len(slices.Compact(slices.Clone(c.Values))) != len(c.Values) {
				t.Errorf("job %s: rule %d: exit codes %v must be sorted, distinct and not 0", j.Name, i, c.Values)
			}
		}
	}
}

// checkLockedDown checks the security context of a Job's pod.
func checkLockedDown(t *testing.T, j *batchv1.Job) {
	t.Helper()
	pod := j.Spec.Template.Spec
	c := kyclintContainer(t, j)
	ps := pod.SecurityContext
	if ps == nil || ps.RunAsNonRoot == nil || !*ps.RunAsNonRoot {
		t.Errorf("job %s: the pod must set runAsNonRoot", j.Name)
	}
	if ps != nil && ps.RunAsUser != nil && *ps.RunAsUser == 0 {
		t.Errorf("job %s: runAsUser 0", j.Name)
	}
	if ps == nil || ps.SeccompProfile == nil || ps.SeccompProfile.Type != corev1.SeccompProfileTypeRuntimeDefault {
		t.Errorf("job %s: the pod must use the RuntimeDefault seccomp profile", j.Name)
	}
	if pod.AutomountServiceAccountToken == nil || *pod.AutomountServiceAccountToken {
		t.Errorf("job %s: kyclint needs no service account token", j.Name)
	}
	cs := c.SecurityContext
	if cs == nil {
		t.Fatalf("job %s: the container has no securityContext", j.Name)
	}
	if cs.AllowPrivilegeEscalation == nil || *cs.AllowPrivilegeEscalation {
		t.Errorf("job %s: allowPrivilegeEscalation must be false", j.Name)
	}
	if cs.ReadOnlyRootFilesystem == nil || !*cs.ReadOnlyRootFilesystem {
		t.Errorf("job %s: readOnlyRootFilesystem must be true", j.Name)
	}
	if cs.Privileged != nil && *cs.Privileged {
		t.Errorf("job %s: privileged", j.Name)
	}
	if cs.Capabilities == nil || !slices.Equal(cs.Capabilities.Drop, []corev1.Capability{"ALL"}) || len(cs.Capabilities.Add) > 0 {
		t.Errorf("job %s: capabilities must drop ALL and add none", j.Name)
	}
	if cs.RunAsUser != nil && *cs.RunAsUser == 0 || cs.RunAsNonRoot != nil && !*cs.RunAsNonRoot {
		t.Errorf("job %s: the container undoes runAsNonRoot", j.Name)
	}
	for _, v := range pod.Volumes {
		if v.HostPath != nil {
			t.Errorf("job %s: hostPath volume %s", j.Name, v.Name)
		}
	}
}

func mountOf(t *testing.T, c *corev1.Container, volume string) corev1.VolumeMount {
	t.Helper()
	for _, m := range c.VolumeMounts {
		if m.Name == volume {
			return m
		}
	}
	t.Fatalf("no mount of volume %s", volume)
	return corev1.VolumeMount{}
}

func volumeOf(t *testing.T, j *batchv1.Job, name string) corev1.Volume {
	t.Helper()
	for _, v := range j.Spec.Template.Spec.Volumes {
		if v.Name == name {
			return v
		}
	}
	t.Fatalf("job %s: no volume %s", j.Name, name)
	return corev1.Volume{}
}

func envVar(t *testing.T, c *corev1.Container, name string) corev1.EnvVar {
	t.Helper()
	for _, e := range c.Env {
		if e.Name == name {
			return e
		}
	}
	t.Fatalf("no environment variable %s", name)
	return corev1.EnvVar{}
}

// A pod is what the test needs to play a Job's pod: where its mounts are
// on this machine, and its completion index.
type pod struct {
	mounts map[string]string // mount path in the pod → folder here
	index  int
}

var reference = regexp.MustCompile(`\$\(([A-Za-z_][A-Za-z0-9_]*)\)`)

// env resolves the container's environment as the kubelet would for this
// pod: the completion index from its annotation, ConfigMap keys from the
// test's kyclint-run.
func (p pod) env(t *testing.T, c *corev1.Container) map[string]string {
	t.Helper()
	env := map[string]string{}
	for _, e := range c.Env {
		switch {
		case e.ValueFrom == nil:
			env[e.Name] = e.Value
		case e.ValueFrom.FieldRef != nil && e.ValueFrom.FieldRef.FieldPath == "metadata.annotations['batch.kubernetes.io/job-completion-index']":
			env[e.Name] = strconv.Itoa(p.index)
		case e.ValueFrom.ConfigMapKeyRef != nil && e.ValueFrom.ConfigMapKeyRef.Name == "kyclint-run" && e.ValueFrom.ConfigMapKeyRef.Key == "date":
			env[e.Name] = lintDate
		default:
			t.Fatalf("environment variable %s: a source this test does not play", e.Name)
		}
	}
	return env
}

// args expands $(VAR) in the container's arguments, as Kubernetes does,
// and moves the mount paths to the test's folders.
func (p pod) args(t *testing.T, c *corev1.Container, env map[string]string) []string {
	t.Helper()
	var out []string
	for _, a := range c.Args {
		a = reference.ReplaceAllStringFunc(a, func(ref string) string {
			v, ok := env[reference.FindStringSubmatch(ref)[1]]
			if !ok {
				t.Fatalf("argument %q refers to %s, which the container does not define: Kubernetes would pass it unexpanded", a, ref)
			}
			return v
		})
		for mount, here := range p.mounts {
			if a == mount {
				a = here
			}
			a = strings.Replace(a, "="+mount+"/", "="+here+"/", 1)
			if strings.HasPrefix(a, mount+"/") {
				a = here + a[len(mount):]
			}
		}
		out = append(out, a)
	}
	return out
}

// run runs the container's command in-process and returns its exit code
// and standard output.
func (p pod) run(t *testing.T, c *corev1.Container) (int, string, string) {
	t.Helper()
	env := p.env(t, c)
	args := p.args(t, c, env)
	streams, _, out, errOut := cli.Test()
	streams.SetEnv(func(k string) string { return env[k] })
	code := cli.Run(args, cli.NewFactory(streams))
	return code, out.String(), errOut.String()
}

// TestJobsMergeToOneRun plays the lint Job's pods over the sample packs,
// then the merge Job's, and compares its reports with those of one run.
func TestJobsMergeToOneRun(t *testing.T) {
	lintJob, mergeJob := jobs(t, loadManifests(t))
	lc, mc := kyclintContainer(t, lintJob), kyclintContainer(t, mergeJob)
	packs, err := filepath.Abs(filepath.Join("..", "..", "testdata", "packs"))
	if err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	mounts := map[string]string{mountOf(t, lc, "packs").MountPath: packs, mountOf(t, lc, "reports").MountPath: out}
	for i := range int(*lintJob.Spec.Completions) {
		code, _, stderr := pod{mounts: mounts, index: i}.run(t, lc)
		if code != 0 {
			t.Fatalf("lint pod %d exited %d (the Job would fail the shard): %s", i, code, stderr)
		}
	}
	mergeCode, mergeHuman, stderr := pod{mounts: map[string]string{mountOf(t, mc, "reports").MountPath: out}}.run(t, mc)
	if mergeCode == 2 {
		t.Fatalf("merge pod exited 2: %s", stderr)
	}

	// One run over every pack, writing the same formats as the merge Job.
	single := t.TempDir()
	args := []string{"lint", "--date", lintDate, "--no-cache", "--quiet"}
	mergeFormats, _ := flagValues(mc.Args, "-f", "--format")
	var files []string
	for _, f := range mergeFormats {
		if name, path, ok := strings.Cut(f, "="); ok {
			rel, err := filepath.Rel(mountOf(t, mc, "reports").MountPath, path)
			if err != nil {
				t.Fatal(err)
			}
			files = append(files, rel)
			f = name + "=" + filepath.Join(single, rel)
		}
		args = append(args, "-f", f)
	}
	streams, _, stdout, errOut := cli.Test()
	code := cli.Run(append(args, packs), cli.NewFactory(streams))
	if code == 2 {
		t.Fatalf("single run exited 2: %s", errOut)
	}
	if code != mergeCode {
		t.Errorf("merge exited %d, one run %d", mergeCode, code)
	}
	if code != 1 {
		t.Errorf("one run over the sample packs exited %d; they hold failing packs, so want 1", code)
	}
	if mergeHuman != stdout.String() {
		t.Errorf("merge's human report differs from one run's:\n--- merge\n%s\n--- one run\n%s", mergeHuman, stdout)
	}
	if len(files) == 0 {
		t.Fatal("the merge Job writes no report file")
	}
	for _, rel := range files {
		got, err := os.ReadFile(filepath.Join(out, rel))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join(single, rel))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: merged report differs from one run's (%d and %d bytes)", rel, len(got), len(want))
		}
	}
}
