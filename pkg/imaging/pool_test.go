package imaging

import "testing"

func TestFreeListReusesAndClears(t *testing.T) {
	var f freeList[float32]
	a := f.get(100)
	a[3] = 7
	f.put(a)
	b := f.get(50)
	if &b[0] != &a[0] {
		t.Fatal("a kept buffer large enough was not reused")
	}
	if b[3] != 0 || len(b) != 50 {
		t.Fatalf("reused buffer not cleared or not resized: len %d, b[3] = %g", len(b), b[3])
	}
	if c := f.get(200); cap(c) < 200 {
		t.Fatalf("get(200) returned capacity %d", cap(c))
	}
}

func TestFreeListKeepsTheLargest(t *testing.T) {
	var f freeList[bool]
	for i := range maxFree {
		f.put(make([]bool, 10+i))
	}
	f.put(make([]bool, 5)) // smaller than all kept: dropped
	f.put(make([]bool, 1000))
	if len(f.bufs) != maxFree {
		t.Fatalf("kept %d buffers, want %d", len(f.bufs), maxFree)
	}
	least := 1 << 30
	for _, b := range f.bufs {
		least = min(least, cap(b))
	}
	if least != 11 {
		t.Fatalf("smallest kept buffer has capacity %d, want 11 (10 evicted by 1000, 5 dropped)", least)
	}
	if b := f.get(1000); cap(b) != 1000 {
		t.Fatalf("the 1000 buffer was not kept: got capacity %d", cap(b))
	}
}
